package id.desasadar.contribution;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored wage caps, of every period. */
interface WageCaps extends Repository<WageCapRow, Long> {

	List<WageCapRow> findAll();

	WageCapRow save(WageCapRow row);
}
