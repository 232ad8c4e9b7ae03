package id.desasadar.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.PaymentChannel;
import id.desasadar.worker.Sex;
import id.desasadar.worker.VillageRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choice columns of a sign-up sheet in the users' words (issue #19, item 3): a cell may hold the code of the
 * API ({@code TRADE}), the label the registration form shows in Bahasa Indonesia ({@code Perdagangan}) or in
 * English ({@code Trade}), whatever its case, spaces and punctuation; a label's part in brackets may be left out
 * ("BPU (bukan penerima upah)" or "BPU"). What matches none goes to the API's check as written, which refuses it;
 * that refusal is then told in the same words ({@link #inWords}): the value written and the labels the column
 * takes, in the reader's language, rather than the API's codes.
 */
@Component
class ImportChoices {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** A column of codes: its field, the prefix of the message keys of its labels, and its codes in order. */
	record Choice(String field, String messagePrefix, List<String> codes) {
	}

	static final List<Choice> CHOICES = List.of(choice("sex", "workers.sex.", Sex.values()),
			choice("segment", "workers.segment.", Segment.values()),
			choice("sector", "workers.sector.", Sector.values()),
			choice("employerSize", "workers.employerSize.", EmployerSize.values()),
			choice("villageRole", "villages.role.", VillageRole.values()),
			choice("programs", "workers.program.", Program.values()),
			choice("payer", "workers.payer.", Payer.values()),
			choice("channel", "payment.channel.", PaymentChannel.values()));

	/** A value allowed in a column, as the import page and the templates list it. */
	record Allowed(String code, String label) {
	}

	/** A row error: the value of a choice column that names none of its choices (argument: the value). */
	static final String UNKNOWN = "import.choice.unknown";

	/** The same for the programs, a list: the argument is the parts that name no program. */
	static final String UNKNOWN_PROGRAMS = "import.choice.unknown.programs";

	private final MessageSource messages;
	private final Map<String, Map<String, String>> codesByWords = new HashMap<>();

	ImportChoices(MessageSource messages) {
		this.messages = messages;
		for (Choice choice : CHOICES) {
			Map<String, String> words = new HashMap<>();
			for (String code : choice.codes()) {
				words.put(Column.key(code), code);
				for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
					String label = label(choice, code, locale);
					words.putIfAbsent(Column.key(label), code);
					int bracket = label.indexOf(" (");
					if (bracket > 0) {
						words.putIfAbsent(Column.key(label.substring(0, bracket)), code);
					}
				}
			}
			codesByWords.put(choice.field(), words);
		}
	}

	private static Choice choice(String field, String prefix, Enum<?>[] values) {
		return new Choice(field, prefix, Arrays.stream(values).map(Enum::name).toList());
	}

	/** The code a cell names, or the cell as written when it names none (or the column has no choices). */
	String code(String field, String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		Map<String, String> words = codesByWords.get(field);
		if (words == null) {
			return text;
		}
		return words.getOrDefault(Column.key(text), text);
	}

	/** The values a column allows, with their labels in the reader's language; empty for a free column. */
	List<Allowed> allowed(String field, Locale locale) {
		return CHOICES.stream().filter(choice -> choice.field().equals(field)).findFirst()
			.map(choice -> choice.codes().stream().map(code -> new Allowed(code, label(choice, code, locale))).toList())
			.orElse(List.of());
	}

	/** Every choice column's allowed values, by field. */
	Map<String, List<Allowed>> allowed(Locale locale) {
		Map<String, List<Allowed>> allowed = new LinkedHashMap<>();
		CHOICES.forEach(choice -> allowed.put(choice.field(), allowed(choice.field(), locale)));
		return allowed;
	}

	/**
	 * The row's errors, where the API refused a choice column whose cell names none of its choices, told as
	 * {@link #UNKNOWN} with the value written (the labels are added when the error is read, in the reader's
	 * language); the other errors as they are. A refusal of a value that does name a choice (a rule about it)
	 * stays the API's.
	 *
	 * @param cell the cell of a field as the sheet's reader saw it (before its translation into a code)
	 */
	List<RowError> inWords(List<RowError> errors, UnaryOperator<String> cell) {
		return errors.stream().map(error -> unknown(error.field(), cell.apply(error.field()))
			.map(value -> RowError.of(error.line(), error.field(),
					error.field().equals("programs") ? UNKNOWN_PROGRAMS : UNKNOWN, value))
			.orElse(error)).toList();
	}

	/** What in the cell of a choice column names none of its choices; empty for a blank cell or a free column. */
	Optional<String> unknown(String field, String text) {
		if (text == null || text.isBlank() || !codesByWords.containsKey(field)) {
			return Optional.empty();
		}
		if (field.equals("programs")) {
			// As the sheet reads them: parts split by ; , or /, a part by its label or by codes split by spaces.
			String unknown = Arrays.stream(text.split("[;,/]+")).map(String::strip).filter(part -> !part.isEmpty())
				.filter(part -> !names(field, part))
				.flatMap(part -> Arrays.stream(part.split("\\s+")))
				.filter(word -> !word.isBlank() && !names(field, word))
				.collect(Collectors.joining(", "));
			return unknown.isEmpty() ? Optional.empty() : Optional.of(unknown);
		}
		return names(field, text) ? Optional.empty() : Optional.of(text.strip());
	}

	private boolean names(String field, String text) {
		return codesByWords.get(field).containsKey(Column.key(text));
	}

	/** The labels a column takes, in the reader's language, as a sentence lists them; a program with its code. */
	String labels(String field, Locale locale) {
		return allowed(field, locale).stream()
			.map(allowed -> field.equals("programs") && !allowed.label().contains(allowed.code())
					? allowed.label() + " (" + allowed.code() + ")" : allowed.label())
			.collect(Collectors.joining(", "));
	}

	private String label(Choice choice, String code, Locale locale) {
		return messages.getMessage(choice.messagePrefix() + code, null, code, locale);
	}
}
