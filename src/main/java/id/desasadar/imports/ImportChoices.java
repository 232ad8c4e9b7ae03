package id.desasadar.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * ("BPU (bukan penerima upah)" or "BPU"). What matches none goes to the API's check as written, which refuses it.
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

	private String label(Choice choice, String code, Locale locale) {
		return messages.getMessage(choice.messagePrefix() + code, null, code, locale);
	}
}
