package id.desasadar.followup;

import java.io.IOException;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
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
	private final FollowUpCsv csv;
	private final Regions regions;

	FollowUpApi(FollowUpList list, FollowUpCsv csv, Regions regions) {
		this.list = list;
		this.csv = csv;
		this.regions = regions;
	}

	/** Without {@code regionCode}, the caller's first scope; without {@code status}, both. */
	@GetMapping("/follow-up")
	PagedModel<FollowUpEntry> followUp(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String status, Pageable pageable, Viewer viewer) {
		FollowUpRequest request = FollowUpRequest.of(regionCode, status, viewer, regions);
		return new PagedModel<>(list.page(request.regionCode(), request.status(), viewer, pageable));
	}

	@GetMapping("/follow-up.csv")
	void export(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String status,
			Viewer viewer, HttpServletResponse response) throws IOException {
		csv.write(FollowUpRequest.of(regionCode, status, viewer, regions), viewer, response);
	}
}
