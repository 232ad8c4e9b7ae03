package id.desasadar.reminder;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reminders?regionCode=&officer=&days=&page=&size=}: {@link ReminderPages}'s list as JSON, paged,
 * each reminder with its WhatsApp link ({@code whatsApp}, null without a phone).
 */
@RestController
class ReminderApi {

	private final DueReminders reminders;
	private final Regions regions;

	ReminderApi(DueReminders reminders, Regions regions) {
		this.reminders = reminders;
		this.regions = regions;
	}

	@GetMapping("/api/v1/reminders")
	PagedModel<DueReminder> list(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String officer,
			@RequestParam(required = false) String days, Pageable pageable, Viewer viewer) {
		ReminderRequest request = ReminderRequest.of(regionCode, officer, days, reminders.horizon(), viewer, regions);
		return new PagedModel<>(reminders.page(request.regionCode(), request.officer(), request.days(), pageable));
	}
}
