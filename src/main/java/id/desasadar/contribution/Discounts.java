package id.desasadar.contribution;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The stored contribution discounts, of every period. */
interface Discounts extends Repository<DiscountRow, Long> {

	/** With programs and sectors in the same query: they are always needed. */
	@EntityGraph(attributePaths = { "programs", "sectors" })
	List<DiscountRow> findAll();

	DiscountRow save(DiscountRow row);
}
