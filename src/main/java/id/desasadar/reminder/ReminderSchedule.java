package id.desasadar.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Prepares the day's reminders early every morning, Jakarta time, on one instance (ShedLock's row
 * {@code reminders-before-due}); the others skip that turn. {@link DueReminders#prepare} is idempotent for the
 * day besides, so a page opened before the turn, or a second instance, never writes the list twice.
 */
@Component
class ReminderSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final DueReminders reminders;

	ReminderSchedule(DueReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${desa-sadar.reminders.cron:0 0 5 * * *}", zone = "${desa-sadar.reminders.zone:Asia/Jakarta}")
	@SchedulerLock(name = "reminders-before-due", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void prepareToday() {
		log.info("Reminders before due prepared for today: {}", reminders.prepare());
	}
}
