package id.desasadar.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Campaigns and their events (api.md, Pages: {@code /campaigns}, {@code /campaigns/{id}}): the list with
 * progress, a campaign with its events, and the forms to plan a campaign (managers) and hold an event.
 */
@Controller
class CampaignPages {

	static final int PAGE_SIZE = 20;
	/** More villages than this are not offered as a list: the event form then takes a village code. */
	static final int VILLAGE_CHOICES = 400;

	private final CampaignPlanner planner;
	private final Campaigns campaigns;
	private final Events events;
	private final EnrollmentFigures figures;
	private final Regions regions;
	private final ApiProblems problems;
	private final Clock clock;

	CampaignPages(CampaignPlanner planner, Campaigns campaigns, Events events, EnrollmentFigures figures,
			Regions regions, ApiProblems problems, Clock clock) {
		this.planner = planner;
		this.campaigns = campaigns;
		this.events = events;
		this.figures = figures;
		this.regions = regions;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	String campaigns(@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		return listPage(page, viewer, model);
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String plan(CampaignForm form, Viewer viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Campaign campaign;
		try {
			campaign = planner.plan(form.toRequest(), viewer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			Map<String, String> errors = problems.fieldMessages(ex);
			if (form.targetUnreadable()) {
				errors.put("targetEnrollments", problems.message("problem.field.whole-number", "whole number"));
			}
			model.addAttribute("errors", errors);
			return listPage(0, viewer, model);
		}
		redirect.addFlashAttribute("flash", "campaigns.created");
		return "redirect:/campaigns/" + campaign.getId();
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		return campaignPage(id, page, viewer, model);
	}

	@PostMapping("/campaigns/{id}/events")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
	String hold(@PathVariable long id, EventForm form, Viewer viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		campaigns.findVisible(id, viewer);
		Event event;
		try {
			event = planner.hold(form.toRequest(id), viewer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			return campaignPage(id, 0, viewer, model);
		}
		redirect.addFlashAttribute("flash", "events.created");
		return "redirect:/events/" + event.getId();
	}

	private String listPage(int page, Viewer viewer, Model model) {
		model.addAttribute("campaigns", campaigns.findAll(Campaigns.visibleTo(viewer),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "startsOn", "id")))
			.map(c -> CampaignView.of(c, figures.countOfCampaign(c.getId()))));
		model.addAttribute("regionChoices", regionChoices(viewer));
		if (!model.containsAttribute("campaignForm")) {
			model.addAttribute("campaignForm",
					CampaignForm.blank(viewer.scopes().isEmpty() ? "" : viewer.scopes().get(0).value()));
		}
		return "campaigns/list";
	}

	private String campaignPage(long id, int page, Viewer viewer, Model model) {
		Campaign campaign = campaigns.findVisible(id, viewer);
		Specification<Event> ofCampaign = (root, query, cb) -> cb.and(cb.equal(root.get("campaignId"), id),
				viewer.within(cb, root.get("villageCode")));
		model.addAttribute("campaign", CampaignView.of(campaign, figures.countOfCampaign(id)));
		model.addAttribute("region", regions.findByCode(campaign.getRegionCode()).orElse(null));
		Page<Event> held = events.findAll(ofCampaign,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "date", "id")));
		Map<String, String> villageNames = new HashMap<>();
		names(held.stream().map(Event::getVillageCode).distinct().toList())
			.forEach(v -> villageNames.put(v.getCode(), v.getName()));
		model.addAttribute("events", held);
		model.addAttribute("villageNames", villageNames);
		model.addAttribute("villageGroups", villageChoices(campaign, viewer));
		model.addAttribute("kinds", EventKind.values());
		if (!model.containsAttribute("eventForm")) {
			LocalDate today = LocalDate.now(clock);
			LocalDate date = campaign.covers(today) ? today : campaign.getStartsOn();
			model.addAttribute("eventForm", new EventForm("", "", "", date.toString(), "", ""));
		}
		return "campaigns/show";
	}

	/** The regions a campaign may be planned for: each scope and the regions right under it. */
	private List<Region> regionChoices(Viewer viewer) {
		List<Region> choices = new ArrayList<>();
		for (RegionCode scope : viewer.scopes()) {
			regions.findByCode(scope.value()).ifPresent(choices::add);
			choices.addAll(regions.findByParentCodeOrderByCode(scope.value()));
		}
		return choices;
	}

	/**
	 * The villages an event of this campaign may be held in, by district name: under the campaign's region
	 * and the viewer's scopes. {@code null} when there are too many to choose from a list.
	 */
	private Map<String, List<Region>> villageChoices(Campaign campaign, Viewer viewer) {
		List<Region> villages = new ArrayList<>();
		RegionCode campaignRegion = new RegionCode(campaign.getRegionCode());
		for (RegionCode scope : viewer.scopes()) {
			RegionCode under = scope.contains(campaignRegion.value()) ? campaignRegion
					: campaignRegion.contains(scope.value()) ? scope : null;
			if (under != null) {
				villages.addAll(regions.findVillagesUnder(under.value(), under.upperBound(),
						PageRequest.of(0, VILLAGE_CHOICES + 1)));
			}
		}
		if (villages.size() > VILLAGE_CHOICES) {
			return null;
		}
		Map<String, String> districtNames = new LinkedHashMap<>();
		names(villages.stream().map(Region::getParentCode).distinct().toList())
			.forEach(d -> districtNames.put(d.getCode(), d.getName()));
		Map<String, List<Region>> groups = new LinkedHashMap<>();
		for (Region village : villages) {
			groups.computeIfAbsent(districtNames.getOrDefault(village.getParentCode(), village.getParentCode()),
					k -> new ArrayList<>()).add(village);
		}
		return groups;
	}

	private List<Region> names(List<String> codes) {
		return codes.isEmpty() ? List.of() : regions.findByCodes(codes);
	}
}
