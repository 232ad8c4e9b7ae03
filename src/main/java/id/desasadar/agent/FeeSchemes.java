package id.desasadar.agent;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored fee schemes of every period: a handful of rows. */
interface FeeSchemes extends Repository<FeeScheme, Long> {

	List<FeeScheme> findAll();

	FeeScheme save(FeeScheme scheme);
}
