package id.desasadar.followup;

import java.time.YearMonth;
import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.region.RegionCode;
import id.desasadar.support.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The first workers of a region's follow-up list, for another page to show above a link to the whole list
 * (the village head's dashboard): the same query and order as {@code /follow-up}, the longest unpaid first.
 */
@Component
public class FollowUpPreview {

	/** A worker to call; the NIK as the viewer may see it, the phone E.164 or {@code null}. */
	public record Call(long workerId, String name, String nik, String phone, CoverageStatus status, int monthsUnpaid,
			YearMonth paidThrough) {
	}

	/** The first calls and how many the whole list holds. */
	public record Preview(List<Call> calls, long total) {
	}

	private final FollowUpList list;

	FollowUpPreview(FollowUpList list) {
		this.list = list;
	}

	/** Arrears and lapsed alike; a region the viewer does not see is "not found", as on the list's page. */
	public Preview first(String regionCode, Viewer viewer, int count) {
		if (!viewer.sees(regionCode)) {
			throw new NotFoundException("region", regionCode);
		}
		Page<FollowUpEntry> page = list.page(new RegionCode(regionCode), null, viewer, PageRequest.of(0, count));
		return new Preview(page.map(e -> new Call(e.workerId(), e.name(), e.nik(), e.phone(), e.status(),
				e.monthsUnpaid(), e.paidThrough())).getContent(), page.getTotalElements());
	}
}
