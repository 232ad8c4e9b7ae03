package id.desasadar.followup;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;
import id.desasadar.worker.NikDisclosures;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /follow-up?region=}: the workers to call in a region, each with a WhatsApp link that opens a
 * reminder, and the same list as CSV. Every role sees it within its scope; a region out of scope is the
 * 404 page.
 */
@Controller
class FollowUpPages {

	static final int PAGE_SIZE = 50;

	/** A row of the page: the entry and its WhatsApp link ({@code null} without a phone). */
	record Call(FollowUpEntry entry, String whatsApp) {
	}

	private final FollowUpList list;
	private final FollowUpExport export;
	private final WhatsAppReminder reminder;
	private final Regions regions;
	private final NikDisclosures disclosures;

	FollowUpPages(FollowUpList list, FollowUpExport export, WhatsAppReminder reminder, Regions regions,
			NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.list = list;
		this.export = export;
		this.reminder = reminder;
		this.regions = regions;
	}

	@GetMapping("/follow-up")
	String followUp(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		FollowUpRequest request = FollowUpRequest.of(region, status, viewer, regions);
		Page<Call> calls = list.page(request.regionCode(), request.status(), viewer,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(entry -> new Call(entry, reminder.linkFor(entry)));
		if (viewer.seesFullNik()) {
			disclosures.disclosedMany(viewer, "page /follow-up", request.filter(calls.getNumber()),
					calls.getContent().stream().filter(call -> !call.entry().nikMasked()).count());
		}
		model.addAttribute("region", request.region());
		model.addAttribute("parents", regions.findAncestors(request.region().getCode()));
		model.addAttribute("status", request.status());
		model.addAttribute("statuses", FollowUpStatus.values());
		model.addAttribute("calls", calls);
		model.addAttribute("viewer", viewer);
		model.addAttribute("pagingQuery", "&region=" + UriUtils.encodeQueryParam(request.region().getCode(), "UTF-8")
				+ (request.status() == null ? "" : "&status=" + request.status().name()));
		return "followup/list";
	}

	@GetMapping("/follow-up.{format}")
	void export(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@PathVariable String format, Viewer viewer, HttpServletResponse response) {
		export.write(FollowUpRequest.of(region, status, viewer, regions), viewer, format, response, "page /follow-up." + format);
	}
}
