package id.desasadar.reminder;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A worker to remind: the month due, its due day and its amount (the enrollment's contribution for its next month
 * due), the officer who enrolled the worker, and the WhatsApp link that opens the reminder ({@code null} without a
 * phone). {@code nik} is masked: a reminder needs no more (UU 27/2022, data minimisation).
 */
record DueReminder(long workerId, String name, String nik, String villageCode, String villageName, String phone,
		String officer, YearMonth monthDue, LocalDate dueOn, long amount, String whatsApp) {
}
