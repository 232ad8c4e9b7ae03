package id.desasadar.followup;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.LapsedReturn;
import id.desasadar.worker.PhoneNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The {@code https://wa.me/} link that opens WhatsApp with a reminder to the worker, written in Bahasa
 * Indonesia whatever language the page is in: it is the worker who reads it. A lapsed worker is told what
 * actually brings the participation back (domain.md, Lapse and return): by default to pay, which resumes it from
 * the month paid; where the setting requires a new enrollment, to come and register again.
 */
@Component
class WhatsAppReminder {

	static final Locale WORKERS_LANGUAGE = Locale.forLanguageTag("id");

	private final MessageSource messages;
	private final LapsedReturn lapsedReturn;

	@Autowired
	WhatsAppReminder(MessageSource messages, LapsedReturn lapsedReturn) {
		this.messages = messages;
		this.lapsedReturn = lapsedReturn;
	}

	/** Under the default setting: a lapsed participation resumes by paying. */
	WhatsAppReminder(MessageSource messages) {
		this(messages, LapsedReturn.PAYMENT);
	}

	/** The link, or {@code null} for a worker without a phone. */
	String linkFor(FollowUpEntry entry) {
		if (entry.phone() == null) {
			return null;
		}
		String key = "followup.whatsapp." + entry.status().name()
				+ (entry.status() == CoverageStatus.LAPSED ? "." + lapsedReturn.name() : "");
		String text = messages.getMessage(key,
				new Object[] { entry.name(), entry.monthsUnpaid() }, WORKERS_LANGUAGE);
		return "https://wa.me/" + new PhoneNumber(entry.phone()).waMe() + "?text=" + UriUtils.encode(text, StandardCharsets.UTF_8);
	}
}
