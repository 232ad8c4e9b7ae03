/**
 * Reminders before a month falls due (issue #18 item 6): each day's list of the workers whose next month is due
 * within a chosen number of days, per village and officer, each with a WhatsApp text naming the amount and how to
 * pay; prepared once a day by scheduled work that runs on one instance. The follow-up list of arrears stays in
 * {@code followup}. Reads workers and enrollments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "enrollment", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "due_reminder", "due_reminder_run" })
package id.desasadar.reminder;
