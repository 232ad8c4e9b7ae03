package id.desasadar.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The audit trail in words (issue #19, item 2): each event as a sentence a manager understands, its fields and
 * values with the labels of the message files ({@code audit.field.<column>}, and the labels the forms use for
 * coded values), amounts in rupiah, days as dates and moments in the branch's time zone (the clock's, WIB by
 * default). What has no label is shown as stored, so nothing recorded is hidden.
 */
@Component
class AuditWords {

	/** Columns whose values are codes, with the prefix of the message keys that name them. */
	static final Map<String, String> CODED = Map.ofEntries(Map.entry("sex", "workers.sex."),
			Map.entry("segment", "workers.segment."), Map.entry("sector", "workers.sector."),
			Map.entry("employer_size", "workers.employerSize."), Map.entry("risk_class", "workers.riskClass."),
			Map.entry("village_role", "villages.role."), Map.entry("payer", "workers.payer."),
			Map.entry("program", "workers.program."), Map.entry("role", "role."), Map.entry("scheme", "agents.scheme."),
			Map.entry("sector_scope", "rules.discounts.scope."), Map.entry("action", "audit.action."),
			Map.entry("event.kind", "events.kind."), Map.entry("contribution_rate.kind", "rules.rates.kind."));

	/** Columns of amounts in rupiah. */
	static final Set<String> MONEY = Set.of("monthly_income", "amount", "monthly_contribution", "min_income",
			"max_income", "base", "cap", "bonus_amount", "acquisition_amount", "acquisition_jht_amount");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

	private final MessageSource messages;
	private final Clock clock;

	AuditWords(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** An event as the page shows it. */
	record Entry(AuditEvent event, String at, String sentence, String record, List<Line> lines) {

		/**
		 * The moment for a {@code <time datetime>}: to the millisecond, as HTML allows at most three digits of a
		 * second (PostgreSQL keeps six).
		 */
		public String datetime() {
			return event.at().truncatedTo(ChronoUnit.MILLIS).toString();
		}
	}

	/** A field with its old and new value in words ({@code null}: none). */
	record Line(String field, String old, String value) {
	}

	Entry entry(AuditEvent event, Locale locale) {
		String record = recordLabel(event.recordType(), locale);
		List<Line> lines = event.changes().stream()
			.filter(change -> event.action() != AuditAction.NIK_DISCLOSED || !"where".equals(change.field()))
			// What a new record left empty, or a deleted one had empty, says nothing.
			.filter(change -> !(event.action() == AuditAction.INSERT && change.value() == null)
					&& !(event.action() == AuditAction.DELETE && change.old() == null))
			.map(change -> new Line(field(event.recordType(), change.field(), locale),
					value(event.recordType(), change.field(), change.old(), locale),
					value(event.recordType(), change.field(), change.value(), locale)))
			.toList();
		return new Entry(event, moment(event.at(), locale), sentence(event, record, locale), record, lines);
	}

	/** "staff changed the participant #12: monthly income, phone." and the like. */
	String sentence(AuditEvent event, String record, Locale locale) {
		String id = event.recordId() == null ? "" : " #" + event.recordId();
		return switch (event.action()) {
			case UPDATE -> text("audit.sentence.UPDATE", locale, event.actor(), record, id,
					event.changes().stream().map(change -> field(event.recordType(), change.field(), locale))
						.collect(Collectors.joining(", ")));
			case NIK_DISCLOSED -> {
				Object rows = event.changes().stream().filter(change -> "rows".equals(change.field())).findFirst()
					.map(AuditEvent.Change::value).orElse(null);
				Object where = event.changes().stream().filter(change -> "where".equals(change.field())).findFirst()
					.map(AuditEvent.Change::value).orElse("");
				yield rows == null ? text("audit.sentence.NIK_DISCLOSED.one", locale, event.actor(), place(where, locale))
						: text("audit.sentence.NIK_DISCLOSED.many", locale, event.actor(), rows, place(where, locale));
			}
			default -> text("audit.sentence." + event.action(), locale, event.actor(), record, id);
		};
	}

	/** Where a NIK was shown: "the page /villages/…" or "the download /follow-up.csv" in words. */
	String place(Object where, Locale locale) {
		String text = String.valueOf(where);
		int space = text.indexOf(' ');
		if (space > 0) {
			String kind = text.substring(0, space);
			String label = optional("audit.where." + kind, locale);
			if (label != null) {
				return label + " " + text.substring(space + 1);
			}
		}
		return text;
	}

	String recordLabel(String recordType, Locale locale) {
		String label = optional("audit.record." + recordType, locale);
		return label == null ? recordType : label;
	}

	String field(String recordType, String field, Locale locale) {
		String label = optional("audit.field." + recordType + "." + field, locale);
		if (label == null) {
			label = optional("audit.field." + field, locale);
		}
		return label == null ? field : label;
	}

	String value(String recordType, String field, Object value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean yes) {
			return text(yes ? "audit.value.yes" : "audit.value.no", locale);
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream()
				.map(entry -> field(recordType, String.valueOf(entry.getKey()), locale) + ": "
						+ value(recordType, String.valueOf(entry.getKey()), shown(entry), locale))
				.collect(Collectors.joining("; "));
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(each -> value(recordType, field, each, locale)).collect(Collectors.joining(", "));
		}
		String coded = CODED.getOrDefault(recordType + "." + field, CODED.get(field));
		if (coded != null) {
			String label = optional(coded + value, locale);
			if (label != null) {
				return label;
			}
		}
		if (MONEY.contains(field) && value instanceof Number amount) {
			return rupiah(amount, locale);
		}
		if (value instanceof Number number && (field.equals("id") || field.endsWith("_id") || field.endsWith("Id"))) {
			return String.valueOf(number);
		}
		if (value instanceof Number number) {
			return NumberFormat.getNumberInstance(locale).format(number);
		}
		String text = String.valueOf(value);
		if (DAY.matcher(text).matches()) {
			return LocalDate.parse(text).format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
		}
		if (MOMENT.matcher(text).matches()) {
			try {
				return moment(OffsetDateTime.parse(text).toInstant(), locale);
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return text;
	}

	/** A filter's page counts from 1 for people (it is stored as Spring's 0-based number). */
	private static Object shown(Map.Entry<?, ?> entry) {
		return "page".equals(entry.getKey()) && entry.getValue() instanceof Number page ? page.longValue() + 1
				: entry.getValue();
	}

	/** A moment in the branch's zone, to the minute, with the zone's name (WIB). */
	String moment(Instant at, Locale locale) {
		return ZonedDateTime.ofInstant(at, clock.getZone())
			.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale));
	}

	private static String rupiah(Number amount, Locale locale) {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));
		format.setMaximumFractionDigits(2);
		return "Rp" + format.format(amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString()));
	}

	private String optional(String key, Locale locale) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
