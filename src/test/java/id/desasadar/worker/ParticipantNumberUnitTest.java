package id.desasadar.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.desasadar.support.InvalidInputException;

import org.junit.jupiter.api.Test;

/** api.md, Payments and proof: the agency's participant number (KPJ) is 11 digits. */
class ParticipantNumberUnitTest {

	@Test
	void takesElevenDigitsWithTheSeparatorsOfACard() {
		assertThat(ParticipantNumber.of("19012345678").value()).isEqualTo("19012345678");
		assertThat(ParticipantNumber.of(" 190 1234 5678 ").value()).isEqualTo("19012345678");
		assertThat(ParticipantNumber.of("190-1234-5678").value()).isEqualTo("19012345678");
		assertThat(ParticipantNumber.of("190.1234.5678").value()).isEqualTo("19012345678");
	}

	@Test
	void refusesOtherLengthsAndLettersNamingTheField() {
		for (String bad : new String[] { "1901234567", "190123456789", "1901234567A", "", null }) {
			assertThatThrownBy(() -> ParticipantNumber.of(bad)).isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
					.allMatch(p -> p.field().equals("participantNumber")));
		}
	}
}
