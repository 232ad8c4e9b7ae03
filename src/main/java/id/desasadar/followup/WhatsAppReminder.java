package id.desasadar.followup;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.desasadar.worker.PhoneNumber;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The {@code https://wa.me/} link that opens WhatsApp with a reminder to the worker, written in Bahasa
 * Indonesia whatever language the page is in: it is the worker who reads it. A lapsed worker is asked to
 * come and re-register rather than to pay, since a payment would be refused (README, coverage status).
 */
@Component
class WhatsAppReminder {

	static final Locale WORKERS_LANGUAGE = Locale.forLanguageTag("id");

	private final MessageSource messages;

	WhatsAppReminder(MessageSource messages) {
		this.messages = messages;
	}

	/** The link, or {@code null} for a worker without a phone. */
	String linkFor(FollowUpEntry entry) {
		if (entry.phone() == null) {
			return null;
		}
		String text = messages.getMessage("followup.whatsapp." + entry.status().name(),
				new Object[] { entry.name(), entry.monthsUnpaid() }, WORKERS_LANGUAGE);
		return "https://wa.me/" + new PhoneNumber(entry.phone()).waMe() + "?text=" + UriUtils.encode(text, StandardCharsets.UTF_8);
	}
}
