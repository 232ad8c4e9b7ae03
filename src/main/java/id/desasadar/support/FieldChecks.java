package id.desasadar.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.desasadar.support.InvalidInputException.FieldProblem;

/**
 * Checks the fields of one request and collects every problem before answering, so that a form or an API
 * client learns about all bad fields at once (api.md: {@code errors} names every bad field). Values arrive
 * as text where a client can send anything (choices, dates), so a wrong value is a field problem rather
 * than an unreadable body.
 */
public final class FieldChecks {

	private final List<FieldProblem> problems = new ArrayList<>();

	/**
	 * Trimmed text of one line, {@code null} when blank; a problem when required and blank, when too long, or when
	 * it holds a character that does not show what it says ({@link #hiddenCharacter}): a line break or tab in a
	 * name, a zero-width space, a direction override (issue #16).
	 */
	public String text(String field, String value, int maxLength, boolean required) {
		return text(field, value, maxLength, required, false);
	}

	/** As {@link #text}, but line breaks and tabs are allowed (notes typed into a text area); CR LF becomes LF. */
	public String multiLineText(String field, String value, int maxLength, boolean required) {
		return text(field, value == null ? null : value.replace("\r\n", "\n"), maxLength, required, true);
	}

	/**
	 * The first character of {@code text} that does not show what it says, if any: a control character (with line
	 * breaks and tabs unless {@code multiLine}), an invisible formatting character (zero-width space and joiners,
	 * soft hyphen, byte order mark, the direction marks, embeddings, overrides and isolates such as U+202E), a
	 * line or paragraph separator, a private-use, unassigned or lone surrogate code point. Letters of every
	 * script, their combining marks and ordinary spaces pass.
	 */
	public static OptionalInt hiddenCharacter(String text, boolean multiLine) {
		return text.codePoints().filter(c -> !(multiLine && (c == '\n' || c == '\t')) && hides(c)).findFirst();
	}

	private static boolean hides(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
			default -> false;
		};
	}

	private String text(String field, String value, int maxLength, boolean required, boolean multiLine) {
		String trimmed = value == null ? null : value.strip();
		if (trimmed == null || trimmed.isEmpty()) {
			if (required) {
				add(field, "problem.field.required");
			}
			return null;
		}
		if (trimmed.length() > maxLength) {
			add(field, "problem.field.too-long", maxLength);
			return null;
		}
		OptionalInt hidden = hiddenCharacter(trimmed, multiLine);
		if (hidden.isPresent()) {
			add(field, "problem.field.control-characters", "U+%04X".formatted(hidden.getAsInt()));
			return null;
		}
		return trimmed;
	}

	/** One of an enumeration's names (case-insensitive); the message lists the allowed values. */
	public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
		String text = text(field, value, 40, required);
		if (text == null) {
			return null;
		}
		Optional<E> choice = choiceOf(text, type);
		if (choice.isEmpty()) {
			add(field, "problem.field.choice", Arrays.stream(type.getEnumConstants()).map(Enum::name)
				.collect(Collectors.joining(", ")));
		}
		return choice.orElse(null);
	}

	/** The choice a text names (case-insensitive), if any: also for a form still being filled in. */
	public static <E extends Enum<E>> Optional<E> choiceOf(String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** An ISO date ({@code 2019-08-21}). */
	public LocalDate date(String field, String value, boolean required) {
		String text = text(field, value, 10, required);
		if (text == null) {
			return null;
		}
		Optional<LocalDate> date = dateOf(text);
		if (date.isEmpty()) {
			add(field, "problem.field.date");
		}
		return date.orElse(null);
	}

	/** The ISO date a text holds, if any. */
	public static Optional<LocalDate> dateOf(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A whole number within bounds. */
	public Long number(String field, Long value, long min, long max, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "problem.field.required");
			}
			return null;
		}
		if (value < min || value > max) {
			add(field, "problem.field.range", min, max);
			return null;
		}
		return value;
	}

	/**
	 * Text typed into a number field of a page: blank is {@code null}; anything but a whole number ("12a",
	 * "1.500") is a problem of that field rather than an unreadable request.
	 */
	public Long wholeNumber(String field, String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (!isWholeNumber(trimmed)) {
			add(field, "problem.field.whole-number");
			return null;
		}
		return Long.valueOf(trimmed);
	}

	public static boolean isWholeNumber(String text) {
		return text != null && text.strip().matches("-?\\d{1,12}");
	}

	/** A value whose own parser throws {@link InvalidInputException} (a NIK, a phone number). */
	public <T> T parsed(Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

	public void add(String field, String messageKey, Object... args) {
		problems.add(new FieldProblem(field, messageKey, args));
	}

	public boolean ok(String field) {
		return problems.stream().noneMatch(p -> p.field().equals(field));
	}

	/** Throws the collected problems, if any, as one {@code 400}. */
	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
