package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #16, item 5: text shows what it says. A name or other free text that holds a control character, a line
 * break or tab (but in notes), an invisible character or a direction override is refused with a message naming
 * the character; names of every script pass.
 */
class TextCharactersUnitTest {

	static InvalidInputException refusal(String value) {
		FieldChecks checks = new FieldChecks();
		checks.text("name", value, 120, true);
		try {
			checks.throwIfAny();
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		return null;
	}

	@ParameterizedTest
	@ValueSource(strings = { "Budi\u202ESantoso", "Budi\u200BSantoso", "Budi\u200DSantoso", "Budi\u2066Santoso",
			"Budi\uFEFFSantoso", "Budi\u00ADSantoso", "Budi\nSantoso", "Budi\tSantoso", "Budi\rSantoso", "Budi\u0000",
			"Budi\u001BSantoso", "Budi\u007FSantoso", "Budi\u0085Santoso", "Budi\u2028Santoso", "Budi\uE000Santoso",
			"Budi\uD800Santoso", "Budi\u061CSantoso", "Budi\u200ESantoso" })
	void refusesCharactersThatDoNotShowWhatTheySay(String value) {
		InvalidInputException refused = refusal(value);
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("name");
			assertThat(problem.messageKey()).isEqualTo("problem.field.control-characters");
			assertThat((String) problem.args()[0]).startsWith("U+");
		});
	}

	@Test
	void namesTheCharacter() {
		assertThat(refusal("Budi\u202ESantoso").problems().get(0).args()).containsExactly("U+202E");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Budi Santoso", "Siti Nur'aini", "Ni Kadek Ayu Dwi", "Ĺukáš Dvořák", "Nguyễn Văn An",
			"محمد", "ꦧꦸꦢꦶ", "山田 太郎", "Budi\u00A0Santoso", "Anak-Agung" })
	void passesNamesOfEveryScript(String value) {
		assertThat(refusal(value)).isNull();
	}

	@Test
	void notesKeepTheirLineBreaksAndTabsButNotTheRest() {
		FieldChecks checks = new FieldChecks();
		assertThat(checks.multiLineText("notes", "Stan 1\r\nStan 2\tmeja", 2000, false)).isEqualTo("Stan 1\nStan 2\tmeja");
		checks.multiLineText("notes", "Stan\u202E1", 2000, false);
		assertThatThrownBy(checks::throwIfAny).isInstanceOf(InvalidInputException.class);
		assertThat(FieldChecks.hiddenCharacter("a\nb", true)).isEmpty();
		assertThat(FieldChecks.hiddenCharacter("a\nb", false)).hasValue('\n');
	}
}
