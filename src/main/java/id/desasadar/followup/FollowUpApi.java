package id.desasadar.followup;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;
import id.desasadar.worker.NikDisclosures;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The follow-up list for other systems and staff scripts: every role reads it within its scope, a village
 * head its own village.
 */
@RestController
@RequestMapping("/api/v1")
class FollowUpApi {

	private final FollowUpList list;
	private final FollowUpExport export;
	private final Regions regions;
	private final NikDisclosures disclosures;

	FollowUpApi(FollowUpList list, FollowUpExport export, Regions regions, NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.list = list;
		this.export = export;
		this.regions = regions;
	}

	/** Without {@code regionCode}, the caller's first scope; without {@code status}, both. */
	@GetMapping("/follow-up")
	PagedModel<FollowUpEntry> followUp(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String status, Pageable pageable, Viewer viewer) {
		FollowUpRequest request = FollowUpRequest.of(regionCode, status, viewer, regions);
		org.springframework.data.domain.Page<FollowUpEntry> page = list.page(request.regionCode(), request.status(), viewer, pageable);
		if (viewer.seesFullNik()) {
			disclosures.disclosedMany(viewer, "GET /api/v1/follow-up", request.filter(page.getNumber()),
					page.getContent().stream().filter(entry -> !entry.nikMasked()).count());
		}
		return new PagedModel<>(page);
	}

	@GetMapping("/follow-up.{format}")
	void export(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String status,
			@PathVariable String format, Viewer viewer, HttpServletResponse response) {
		export.write(FollowUpRequest.of(regionCode, status, viewer, regions), viewer, format, response,
				"GET /api/v1/follow-up." + format);
	}
}
