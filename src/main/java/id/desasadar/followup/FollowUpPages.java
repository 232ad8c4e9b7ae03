package id.desasadar.followup;

import java.io.IOException;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
	private final FollowUpCsv csv;
	private final WhatsAppReminder reminder;
	private final Regions regions;

	FollowUpPages(FollowUpList list, FollowUpCsv csv, WhatsAppReminder reminder, Regions regions) {
		this.list = list;
		this.csv = csv;
		this.reminder = reminder;
		this.regions = regions;
	}

	@GetMapping("/follow-up")
	String followUp(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		FollowUpRequest request = FollowUpRequest.of(region, status, viewer, regions);
		Page<Call> calls = list.page(request.regionCode(), request.status(), viewer,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(entry -> new Call(entry, reminder.linkFor(entry)));
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

	@GetMapping("/follow-up.csv")
	void export(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			Viewer viewer, HttpServletResponse response) throws IOException {
		csv.write(FollowUpRequest.of(region, status, viewer, regions), viewer, response);
	}
}
