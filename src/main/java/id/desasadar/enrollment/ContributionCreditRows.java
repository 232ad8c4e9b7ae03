package id.desasadar.enrollment;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The stored contribution credits, of every period. */
interface ContributionCreditRows extends Repository<ContributionCreditRow, Long> {

	List<ContributionCreditRow> findAll();

	ContributionCreditRow save(ContributionCreditRow row);
}
