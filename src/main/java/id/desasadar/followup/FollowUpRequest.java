package id.desasadar.followup;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.NotFoundException;

/**
 * Which list is asked for: a region the viewer sees (unknown or out of scope is 404, api.md Access) and
 * optionally one status; without a region, the viewer's first scope, as the dashboard does.
 */
record FollowUpRequest(Region region, FollowUpStatus status) {

	/** Checks the status first: a bad status is a 400 naming the field, whatever the region. */
	static FollowUpRequest of(String regionCode, String status, Viewer viewer, Regions regions) {
		FieldChecks checks = new FieldChecks();
		FollowUpStatus chosen = checks.choice("status", status, FollowUpStatus.class, false);
		checks.throwIfAny();
		String code = regionCode != null && !regionCode.isBlank() ? regionCode.strip()
				: viewer.scopes().stream().findFirst().map(RegionCode::value).orElse("");
		Region region = regions.findByCode(code).filter(r -> viewer.sees(r.getCode()))
			.orElseThrow(() -> new NotFoundException("region", code));
		return new FollowUpRequest(region, chosen);
	}

	/** The request as the audit trail records it with a list or export of full NIKs ({@code page} null: all). */
	java.util.Map<String, Object> filter(Integer page) {
		java.util.Map<String, Object> filter = new java.util.LinkedHashMap<>();
		filter.put("regionCode", region.getCode());
		filter.put("status", status == null ? null : status.name());
		filter.put("page", page);
		return filter;
	}

	RegionCode regionCode() {
		return new RegionCode(region.getCode());
	}
}
