package id.desasadar.dashboard;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.NotFoundException;

import org.springframework.stereotype.Component;

/** The one way the dashboard and the region pages open a region: unknown and out of scope are "not found". */
@Component
class VisibleRegions {

	private final Regions regions;

	VisibleRegions(Regions regions) {
		this.regions = regions;
	}

	Region find(String code, Viewer viewer) {
		return regions.findByCode(code).filter(r -> viewer.sees(r.getCode()))
			.orElseThrow(() -> new NotFoundException("region", code));
	}

	/** {@code code}, or the viewer's first scope when none is given. */
	Region findOrFirstScope(String code, Viewer viewer) {
		return find(code != null && !code.isBlank() ? code.strip()
				: viewer.scopes().stream().findFirst().map(Object::toString).orElse(""), viewer);
	}
}
