package id.desasadar.village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.Events;
import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.EnrollmentRoster;
import id.desasadar.followup.FollowUpPreview;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.worker.NikDisclosures;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The village page (api.md, Pages: {@code /villages/{code}}), the village head's dashboard: figures and
 * coverage, how the enrollments stand, the Desa Sadar checklist with what is missing, the first residents in
 * arrears, the designation, the workers with their status and the events. A village head edits the profile here, a
 * manager declares the designation; a village out of scope is the 404 page.
 */
@Controller
@RequestMapping("/villages/{code}")
class VillagePages {

	static final int WORKERS_PAGE_SIZE = 20;
	static final int EVENTS_SHOWN = 20;
	/** Residents in arrears shown on the page; the follow-up list has them all. */
	static final int CALLS_SHOWN = 5;

	/** The figures of the village in the shape of a region's (the shared figures fragment). */
	record Figures(long workers, long enrolled, long active, Long workforceEstimate, Double coverage) {

		static Figures of(VillageView village, Readiness readiness) {
			return new Figures(village.stats().workers(), village.stats().enrolled(), village.stats().active(),
					village.workforceEstimate() == null ? null : village.workforceEstimate().longValue(),
					readiness.coverage());
		}
	}

	private final VillageOffice office;
	private final Regions regions;
	private final EnrollmentRoster roster;
	private final Events events;
	private final FollowUpPreview followUp;
	private final Coverage coverage;
	private final ReadinessSettings settings;
	private final ApiProblems problems;
	private final Clock clock;
	private final NikDisclosures disclosures;

	VillagePages(VillageOffice office, Regions regions, EnrollmentRoster roster, Events events,
			FollowUpPreview followUp, Coverage coverage, ReadinessSettings settings, ApiProblems problems, Clock clock,
			NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.office = office;
		this.regions = regions;
		this.roster = roster;
		this.events = events;
		this.followUp = followUp;
		this.coverage = coverage;
		this.settings = settings;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping
	String village(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		return page(code, page, viewer, model);
	}

	/** PUT semantics: every field of the profile is replaced; {@code version} refuses a stale form. */
	@PostMapping("/profile")
	@PreAuthorize("hasAnyRole('ADMIN', 'VILLAGE_HEAD')")
	String updateProfile(@PathVariable String code, ProfileForm form, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		office.findVisible(code, viewer);
		FieldChecks checks = new FieldChecks();
		ProfileRequest request = form.toRequest(checks);
		// The API's own checks, run here too so that an unreadable number shows together with the other bad fields.
		request.check(checks);
		try {
			checks.throwIfAny();
			office.updateProfile(code, request, viewer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			model.addAttribute("profileForm", form);
			return page(code, 0, viewer, model);
		}
		catch (ProblemException ex) {
			// A stale version: the form shows what is stored now, and the message asks to redo the change.
			response.setStatus(ex.status().value());
			model.addAttribute("profileProblem", message(ex));
			model.asMap().remove("profileForm");
			return page(code, 0, viewer, model);
		}
		redirect.addFlashAttribute("flash", "villages.profile.saved");
		return "redirect:/villages/{code}";
	}

	@PostMapping("/designation")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String declare(@PathVariable String code, DesignationForm form, Viewer viewer, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			office.declare(code, form.toRequest(), viewer);
		}
		catch (InvalidInputException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("errors", problems.fieldMessages(ex));
			return page(code, 0, viewer, model);
		}
		catch (ProblemException ex) {
			if (ex.status().is4xxClientError() && ex.status().value() != 404) {
				// Not ready (422, with the missing items) or already declared (409).
				response.setStatus(ex.status().value());
				model.addAttribute("designationProblem", message(ex));
				model.addAttribute("designationMissing", ex.properties().getOrDefault("missing", List.of()));
				return page(code, 0, viewer, model);
			}
			throw ex;
		}
		redirect.addFlashAttribute("flash", "villages.designation.saved");
		return "redirect:/villages/{code}";
	}

	private String page(String code, int page, Viewer viewer, Model model) {
		VillageOffice.Overview overview = office.overview(code, viewer);
		VillageView village = overview.village();
		Readiness readiness = overview.readiness();
		Specification<Event> ofVillage = (root, query, cb) -> cb.equal(root.get("villageCode"), code);
		model.addAttribute("village", village);
		model.addAttribute("viewer", viewer);
		model.addAttribute("parents", regions.findAncestors(code));
		model.addAttribute("readiness", readiness);
		model.addAttribute("state", overview.state());
		model.addAttribute("totals", Figures.of(village, readiness));
		model.addAttribute("checklist", Checklist.of(readiness, settings.criteria()));
		model.addAttribute("statuses", overview.statuses());
		model.addAttribute("arrears", followUp.first(code, viewer, CALLS_SHOWN));
		model.addAttribute("maxArrearsMonths", coverage.policy().maxArrearsMonths());
		Page<EnrollmentRoster.Entry> workers = roster.ofVillage(code, PageRequest.of(Math.max(page, 0), WORKERS_PAGE_SIZE));
		if (viewer.seesFullNik()) {
			disclosures.disclosedMany(viewer, "page /villages/" + code, Map.of("villageCode", code, "page", workers.getNumber()),
					workers.getContent().stream().filter(worker -> worker.nik() != null).count());
		}
		model.addAttribute("workers", workers);
		model.addAttribute("events", events.findAll(ofVillage,
				PageRequest.of(0, EVENTS_SHOWN, Sort.by(Sort.Direction.DESC, "date", "id"))).getContent());
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", ProfileForm.of(village));
		}
		if (!model.containsAttribute("designationForm")) {
			model.addAttribute("designationForm", new DesignationForm(LocalDate.now(clock).toString(), ""));
		}
		return "villages/show";
	}

	private String message(ProblemException ex) {
		return problems.message(ex.messageKey(), ex.code(), ex.messageArgs());
	}
}
