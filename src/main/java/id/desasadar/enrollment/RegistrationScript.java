package id.desasadar.enrollment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.time.Clock;

import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.EligibilityProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the registration scripts need on the phone (js/registration.js, js/booth.js), put into the page's
 * {@code data-} attributes: every contribution rule (the quote is made on the phone, js/quote.js), the messages in the
 * page's language from the same files as the server's (a NIK's problems and warnings, the quote, the queue; patterns
 * as written, {@code {0}} for arguments), the age limit and the zone whose day is "today".
 */
@Component
class RegistrationScript {

	/** The data, each as the text of its {@code data-} attribute. */
	public record Data(String rules, String messages, int maxAge, String zone) {
	}

	private static final List<String> KEYS = List.of(
			"worker.nik.length", "worker.nik.digits", "worker.nik.month", "worker.nik.day", "worker.nik.date",
			"worker.nik.serial", "worker.nik.warning.birth-date-differs", "worker.nik.warning.sex-differs",
			"worker.nik.warning.region-differs", "problem.field.required", "workers.field.whole-number",
			"worker.consent.required", "worker.phone.invalid", "contribution.rule.age-limit.max",
			"problem.field.too-long", "workers.form.problems",
			"workers.program.JKK", "workers.program.JKM", "workers.program.JHT", "workers.program.JP",
			"workers.quote.full", "workers.quote.saving", "workers.quote.saving.amount", "workers.quote.and",
			"workers.quote.incomplete", "workers.quote.no-programs", "workers.quote.total",
			"contribution.warning.income-bracket-unknown", "contribution.warning.wage-cap-unknown",
			"contribution.rule.rate-unknown",
			"booth.registered", "booth.registered.before", "booth.tally.program", "booth.queued",
			"booth.queue.count", "booth.queue.state.waiting", "booth.queue.state.sending", "booth.queue.state.refused",
			"booth.queue.state.signin", "booth.queue.state.fixing", "booth.queue.remove.confirm",
			"booth.signin.failed", "booth.signin.throttled", "booth.signin.offline", "booth.signin.unavailable",
			"booth.refused.unknown", "app.request.failed", "booth.payment.amount", "booth.payment.unknown",
			"booth.payment.paid");

	private final MessageSource messages;
	private final EligibilityProperties eligibility;
	private final ContributionQuoter quoter;
	private final JsonMapper json;
	private final Clock clock;

	RegistrationScript(MessageSource messages, EligibilityProperties eligibility, ContributionQuoter quoter, JsonMapper json,
			Clock clock) {
		this.messages = messages;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.json = json;
		this.clock = clock;
	}

	/** In the language of the request being answered. */
	Data data() {
		Map<String, String> patterns = new LinkedHashMap<>();
		KEYS.forEach(key -> patterns.put(key, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
		return new Data(json.writeValueAsString(quoter.rules()), json.writeValueAsString(patterns),
				eligibility.bpuMaxAge(), clock.getZone().getId());
	}
}
