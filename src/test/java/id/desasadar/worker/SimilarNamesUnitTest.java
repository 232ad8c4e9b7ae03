package id.desasadar.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("domain.md Identity data: similar name + birth date + village is a candidate duplicate")
class SimilarNamesUnitTest {

	@Test
	void ignoresCaseAccentsPunctuationAndSpaces() {
		assertThat(SimilarNames.similar("Siti  Aminah", "siti aminah")).isTrue();
		assertThat(SimilarNames.similar("Sití Amínah", "Siti Aminah")).isTrue();
		assertThat(SimilarNames.similar("Moch. Slamet", "Moch Slamet")).isTrue();
	}

	@Test
	void acceptsATypingSlipOfUpToTwoLetters() {
		assertThat(SimilarNames.similar("Sutrisno", "Sutrsno")).isTrue();
		assertThat(SimilarNames.similar("Sutrisno", "Sutrisna")).isTrue();
		assertThat(SimilarNames.similar("Sutrisno", "Sutarmin")).isFalse();
	}

	@Test
	void acceptsAMissingPartOfTheName() {
		assertThat(SimilarNames.similar("Siti Aminah", "Siti Aminah Rahayu")).isTrue();
	}

	@Test
	void neverMatchesAnEmptyName() {
		assertThat(SimilarNames.similar("", "Siti")).isFalse();
		assertThat(SimilarNames.similar(null, "Siti")).isFalse();
		assertThat(SimilarNames.similar("...", "...")).isFalse();
	}
}
