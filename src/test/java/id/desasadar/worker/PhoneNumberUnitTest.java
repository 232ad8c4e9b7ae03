package id.desasadar.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

class PhoneNumberUnitTest {

	@ParameterizedTest
	@ValueSource(strings = { "081234567890", "0812-3456-7890", "0812 3456 7890", "+62 812 3456 7890",
			"6281234567890", "+6281234567890", "(0812) 3456.7890", " 0812\u00A03456\t7890 " })
	@DisplayName("domain.md Identity data: mobile 08... or +628..., stored as E.164 +628...")
	void storesEveryWayOfWritingAsE164(String raw) {
		assertThat(PhoneNumber.of(raw).e164()).isEqualTo("+6281234567890");
	}

	@Test
	@DisplayName("domain.md Identity data: 10 to 13 digits with the leading 0")
	void acceptsTenToThirteenDigits() {
		assertThat(PhoneNumber.of("0812345678").e164()).isEqualTo("+62812345678");
		assertThat(PhoneNumber.of("0812345678901").e164()).isEqualTo("+62812345678901");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "081234567", "08123456789012", "0215551234", "+62215551234", "81234567890",
			"0812-3456-789O", "0812/3456/7890", "+0812345678", "62+81234567890", "+620812345678",
			"０８１２３４５６７８９０" })
	@DisplayName("domain.md Identity data: not a mobile number of 10 to 13 digits is a 400 naming phone")
	void rejectsAnythingElse(String raw) {
		InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> PhoneNumber.of(raw));

		assertThat(thrown.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
				.containsExactly(tuple("phone", "worker.phone.invalid"));
	}

	@Test
	@DisplayName("domain.md Identity data: a PhoneNumber that exists is E.164 +628 with 10 to 13 national digits")
	void constructorRejectsAnythingButE164Mobile() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("081234567890"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+62215551234"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+628123456"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(null));
		assertThat(new PhoneNumber("+6281234567890").e164()).isEqualTo("+6281234567890");
	}

	@Test
	@DisplayName("domain.md Identity data: shown as Indonesians write it, 08...")
	void showsNationalForm() {
		assertThat(PhoneNumber.of("+62 812 3456 7890").national()).isEqualTo("081234567890");
	}

	@Test
	@DisplayName("wa.me links take the digits without the plus")
	void givesDigitsForWhatsAppLinks() {
		PhoneNumber phone = PhoneNumber.of("0812-3456-7890");

		assertThat(phone.waMe()).isEqualTo("6281234567890");
		assertThat(phone).hasToString("+6281234567890");
	}

	@Test
	@DisplayName("style.md: every visible string comes from messages, Bahasa Indonesia and English")
	void hasAMessageInBothLanguages() throws IOException {
		NikUnitTest.assertHasMessage("worker.phone.invalid");
	}
}
