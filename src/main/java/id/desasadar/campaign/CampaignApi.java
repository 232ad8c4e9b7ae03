package id.desasadar.campaign;

import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.support.FieldChecks;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** api.md, Campaigns and events. */
@RestController
@RequestMapping("/api/v1")
class CampaignApi {

	private final CampaignPlanner planner;
	private final Campaigns campaigns;
	private final Events events;
	private final EnrollmentFigures figures;

	CampaignApi(CampaignPlanner planner, Campaigns campaigns, Events events, EnrollmentFigures figures) {
		this.planner = planner;
		this.campaigns = campaigns;
		this.events = events;
		this.figures = figures;
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	ResponseEntity<CampaignView> plan(@RequestBody CampaignRequest request, Viewer viewer) {
		Campaign campaign = planner.plan(request, viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(campaign.getId()).toUri()).body(CampaignView.of(campaign, 0));
	}

	@GetMapping("/campaigns/{id}")
	CampaignView campaign(@PathVariable long id, Viewer viewer) {
		Campaign campaign = campaigns.findVisible(id, viewer);
		return CampaignView.of(campaign, figures.countOfCampaign(id));
	}

	@GetMapping("/campaigns")
	PagedModel<CampaignView> campaigns(@SortDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable,
			Viewer viewer) {
		return new PagedModel<>(campaigns.findAll(Campaigns.visibleTo(viewer), pageable)
			.map(c -> CampaignView.of(c, figures.countOfCampaign(c.getId()))));
	}

	@PostMapping("/events")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
	ResponseEntity<EventView> hold(@RequestBody EventRequest request, Viewer viewer) {
		Event event = planner.hold(request, viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(event.getId()).toUri()).body(EventView.of(event, figures.ofEvent(event.getId())));
	}

	@GetMapping("/events/{id}")
	EventView event(@PathVariable long id, Viewer viewer) {
		return EventView.of(events.findVisible(id, viewer), figures.ofEvent(id).forViewer(viewer));
	}

	@GetMapping("/events")
	PagedModel<EventView> events(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long campaignId,
			@SortDefault(sort = { "date", "id" }, direction = Sort.Direction.DESC) Pageable pageable, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		LocalDate fromDate = checks.date("from", from, false);
		LocalDate toDate = checks.date("to", to, false);
		checks.throwIfAny();
		Specification<Event> spec = (root, query, cb) -> viewer.within(cb, root.get("villageCode"));
		if (villageCode != null && !villageCode.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("villageCode"), villageCode.strip()));
		}
		if (fromDate != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("date"), fromDate));
		}
		if (toDate != null) {
			spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("date"), toDate));
		}
		if (campaignId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("campaignId"), campaignId));
		}
		return new PagedModel<>(events.findAll(spec, pageable).map(e -> EventView.of(e, null)));
	}
}
