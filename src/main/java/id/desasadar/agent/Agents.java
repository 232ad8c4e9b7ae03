package id.desasadar.agent;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.support.NotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Agents extends JpaRepository<Agent, Long>, JpaSpecificationExecutor<Agent> {

	boolean existsByCode(String code);

	/** The active agents whose region is the village or holds it (a district's, a regency's), by name. */
	@Query("select a from Agent a where a.active = true and (a.regionCode = :village or :village like concat(a.regionCode, '.%')) order by a.name")
	List<Agent> findActiveCovering(@Param("village") String villageCode);

	/** The one way to read an agent: it belongs to its region (api.md, Access). */
	default Agent findVisible(long id, Viewer viewer) {
		return findById(id).filter(a -> viewer.sees(a.getRegionCode()))
			.orElseThrow(() -> new NotFoundException("agent", id));
	}

	/** The list filter matching {@link #findVisible}, as code ranges of agent_region_idx. */
	static Specification<Agent> visibleTo(Viewer viewer) {
		return (root, query, cb) -> viewer.within(cb, root.get("regionCode"));
	}
}
