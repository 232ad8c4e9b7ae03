package id.desasadar.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue #19: a value a choice column does not take is told in the users' words, not the API's codes. */
class ImportChoicesUnitTest {

	static final ImportChoices CHOICES = new ImportChoices(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/worker", "i18n/region", "i18n/enrollment", "i18n/imports", "i18n/support");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void findsTheValueThatNamesNoChoiceAndNotALabelOrACode() {
		assertThat(CHOICES.unknown("sector", "Tambang")).contains("Tambang");
		assertThat(CHOICES.unknown("sector", "perdagangan")).isEmpty();
		assertThat(CHOICES.unknown("sector", "TRADE")).isEmpty();
		assertThat(CHOICES.unknown("sector", " ")).isEmpty();
		assertThat(CHOICES.unknown("name", "Tambang")).as("a free column").isEmpty();
	}

	@Test
	void findsOnlyTheUnknownPartsOfAListOfPrograms() {
		assertThat(CHOICES.unknown("programs", "JKK, Kesehatan; Jaminan Kematian")).contains("Kesehatan");
		assertThat(CHOICES.unknown("programs", "JKK JKM")).isEmpty();
		assertThat(CHOICES.unknown("programs", "JKK BPJS")).contains("BPJS");
	}

	@Test
	void listsTheLabelsInTheReadersLanguage() {
		assertThat(CHOICES.labels("sector", Locale.forLanguageTag("id")))
			.startsWith("Pertanian, Perikanan, Perdagangan, ").doesNotContain("AGRICULTURE");
		assertThat(CHOICES.labels("sector", Locale.ENGLISH)).startsWith("Agriculture, Fishery, Trade, ");
		assertThat(CHOICES.labels("programs", Locale.forLanguageTag("id"))).startsWith("Jaminan Kecelakaan Kerja (JKK), ");
	}

	@Test
	void replacesTheApisRefusalOfAnUnknownValueAndKeepsTheOtherErrors() {
		List<RowError> errors = List.of(RowError.of(4, "sector", "contribution.input.sector.invalid"),
				RowError.of(4, "payer", "some.rule.about.a.known.payer"), RowError.of(4, "name", "problem.field.required"));
		List<RowError> told = CHOICES.inWords(errors, field -> switch (field) {
			case "sector" -> "Tambang";
			case "payer" -> "APBDes";
			default -> null;
		});
		assertThat(told).containsExactly(RowError.of(4, "sector", ImportChoices.UNKNOWN, "Tambang"), errors.get(1),
				errors.get(2));
	}
}
