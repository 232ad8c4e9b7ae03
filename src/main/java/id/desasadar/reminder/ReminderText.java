package id.desasadar.reminder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.desasadar.worker.PhoneNumber;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The reminder a worker reads on WhatsApp, in Bahasa Indonesia whatever the page's language: the month, the amount,
 * the due day, and how to pay (the NIK is the BPU payment number, domain.md Identity data; the channels a payment
 * takes, api.md Payments and proof).
 */
@Component
class ReminderText {

	static final Locale WORKERS_LANGUAGE = Locale.forLanguageTag("id");

	private final MessageSource messages;

	ReminderText(MessageSource messages) {
		this.messages = messages;
	}

	String text(String name, YearMonth month, LocalDate dueOn, long amount) {
		return messages.getMessage("reminder.whatsapp", new Object[] { name,
				month.format(DateTimeFormatter.ofPattern("MMMM yyyy", WORKERS_LANGUAGE)), amount,
				dueOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", WORKERS_LANGUAGE)) }, WORKERS_LANGUAGE);
	}

	/** The {@code https://wa.me/} link with the text, or {@code null} for a worker without a phone. */
	String link(String phone, String name, YearMonth month, LocalDate dueOn, long amount) {
		if (phone == null) {
			return null;
		}
		return "https://wa.me/" + new PhoneNumber(phone).waMe() + "?text="
				+ UriUtils.encode(text(name, month, dueOn, amount), StandardCharsets.UTF_8);
	}
}
