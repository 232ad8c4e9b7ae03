package id.desasadar.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /audit}: the trail for administrators and managers, filtered by person, record, action and days,
 * newest first, each event as a sentence with the fields that changed (old → new) in words (AuditWords). The
 * events of full NIKs shown are left out unless that action is asked for; their number links to them.
 */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	/** The record types of the trail, offered as suggestions in the filter. */
	static final List<String> RECORD_TYPES = List.of("worker", "enrollment", "enrollment_program", "payment",
			"village_profile", "designation", "campaign", "event", "agent", "agent_fee_rule", "contribution_rate",
			"income_bracket", "contribution_discount", "wage_cap", "account", "account_scope", "worker-list");

	private final AuditTrail trail;
	private final ApiProblems problems;
	private final AuditWords words;

	AuditPage(AuditTrail trail, ApiProblems problems, AuditWords words) {
		this.trail = trail;
		this.problems = problems;
		this.words = words;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) String recordId, @RequestParam(required = false) String workerId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Viewer viewer,
			Model model, HttpServletResponse response, Locale locale) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("actor", actor);
		form.put("recordType", recordType);
		form.put("recordId", recordId);
		form.put("workerId", workerId);
		form.put("action", action);
		form.put("from", from);
		form.put("to", to);
		Map<String, String> errors = Map.of();
		Page<AuditEvent> events = Page.empty();
		long hiddenDisclosures = 0;
		try {
			AuditFilter filter = AuditFilter.of(actor, recordType, recordId, workerId, action, from, to)
				.withDisclosuresHidden();
			events = trail.find(filter, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE), "page /audit");
			if (filter.disclosuresHidden()) {
				hiddenDisclosures = trail.count(filter.disclosuresOnly(), viewer);
			}
		}
		catch (InvalidInputException ex) {
			errors = problems.fieldMessages(ex);
			response.setStatus(400);
		}
		String encoded = query(UriComponentsBuilder.newInstance(), form).encode().build().getQuery();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("events", events);
		model.addAttribute("entries", events.getContent().stream().map(event -> words.entry(event, locale)).toList());
		model.addAttribute("hiddenDisclosures", hiddenDisclosures);
		Map<String, String> disclosures = new LinkedHashMap<>(form);
		disclosures.put("action", AuditAction.NIK_DISCLOSED.name());
		model.addAttribute("disclosuresLink",
				query(UriComponentsBuilder.fromPath("/audit"), disclosures).encode().build().toUriString());
		Map<String, String> recordTypes = new LinkedHashMap<>();
		RECORD_TYPES.forEach(type -> recordTypes.put(type, words.recordLabel(type, locale)));
		model.addAttribute("recordTypes", recordTypes);
		model.addAttribute("pagingQuery", encoded == null ? "" : "&" + encoded);
		return "audit/list";
	}

	/** The filled-in fields of the filter as a query. */
	private static UriComponentsBuilder query(UriComponentsBuilder builder, Map<String, String> form) {
		form.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				builder.queryParam(name, value.strip());
			}
		});
		return builder;
	}
}
