package id.desasadar.agent;

import id.desasadar.account.Viewer;
import id.desasadar.support.NotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Agents extends JpaRepository<Agent, Long>, JpaSpecificationExecutor<Agent> {

	boolean existsByCode(String code);

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
