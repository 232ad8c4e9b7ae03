package id.desasadar.reminder;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * {@code /reminders?region=&officer=&days=}: the workers under a region whose next month falls due within the
 * days chosen, for one officer or all, soonest first, each with a WhatsApp link that opens the reminder. Every
 * role sees it within its scope, as the follow-up list.
 */
@Controller
class ReminderPages {

	static final int PAGE_SIZE = 50;

	private final DueReminders reminders;
	private final Regions regions;

	ReminderPages(DueReminders reminders, Regions regions) {
		this.reminders = reminders;
		this.regions = regions;
	}

	@GetMapping("/reminders")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String officer,
			@RequestParam(required = false) String days, @RequestParam(defaultValue = "0") int page, Viewer viewer,
			Model model) {
		ReminderRequest request = ReminderRequest.of(region, officer, days, reminders.horizon(), viewer, regions);
		Page<DueReminder> list = reminders.page(request.regionCode(), request.officer(), request.days(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("region", request.region());
		model.addAttribute("officer", request.officer());
		model.addAttribute("days", request.days());
		model.addAttribute("horizon", reminders.horizon());
		model.addAttribute("reminders", list);
		model.addAttribute("pagingQuery", "&region=" + UriUtils.encodeQueryParam(request.region().getCode(), "UTF-8")
				+ "&days=" + request.days()
				+ (request.officer() == null ? "" : "&officer=" + UriUtils.encodeQueryParam(request.officer(), "UTF-8")));
		return "reminders/list";
	}
}
