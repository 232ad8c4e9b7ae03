package id.desasadar.contribution;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored contribution rates, of every period. */
interface Rates extends Repository<RateRow, Long> {

	List<RateRow> findAll();

	RateRow save(RateRow row);
}
