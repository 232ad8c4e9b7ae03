package id.desasadar.campaign;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.region.RegionCode;
import id.desasadar.support.NotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Campaigns extends JpaRepository<Campaign, Long>, JpaSpecificationExecutor<Campaign> {

	/** Whether a campaign of this name exists (the demo story is loaded once: its first campaign tells). */
	boolean existsByName(String name);

	/** A campaign is visible when its region and the caller's scopes meet: a village head sees the regency's. */
	default Campaign findVisible(long id, Viewer viewer) {
		return findById(id).filter(c -> viewer.overlaps(c.getRegionCode()))
			.orElseThrow(() -> new NotFoundException("campaign", id));
	}

	/** The list filter matching {@link #findVisible}: under a scope, or one of the regions holding a scope. */
	static Specification<Campaign> visibleTo(Viewer viewer) {
		List<String> holders = new ArrayList<>();
		for (RegionCode scope : viewer.scopes()) {
			String code = scope.value();
			for (int length : new int[] { 2, 5, 8 }) {
				if (code.length() > length) {
					holders.add(code.substring(0, length));
				}
			}
		}
		return (root, query, cb) -> holders.isEmpty() ? viewer.within(cb, root.get("regionCode"))
				: cb.or(viewer.within(cb, root.get("regionCode")), root.get("regionCode").in(holders));
	}
}
