package id.desasadar.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadinessUnitTest {

	/** Head and all 12 officials registered, 30 of 40 RT/RW heads, BUMDes active, 900 of 3,000 workers. */
	private static final VillageFacts READY = new VillageFacts(true, 12, 12, 30, 40, true, 900, 3000L);

	private static final ReadinessCriteria STRICT = new ReadinessCriteria(0.75, true, 0.3);

	@Test
	@DisplayName("domain.md Desa Sadar: the village head and all officials registered is the core criterion")
	void isReadyWhenHeadAndAllOfficialsAreEnrolled() {
		Readiness readiness = Readiness.assess(new VillageFacts(true, 12, 12, 0, null, false, 14, null),
				ReadinessCriteria.DEFAULT);

		assertThat(readiness.ready()).isTrue();
		assertThat(readiness.missing()).isEmpty();
	}

	@Test
	@DisplayName("api.md Villages: the checklist repeats the facts and adds coverage = enrolled ÷ workforce estimate")
	void reportsTheChecklistFacts() {
		Readiness readiness = Readiness.assess(READY, STRICT);

		assertThat(readiness).isEqualTo(new Readiness(true, 12, 12, 30, 40, true, 0.3, true, List.of()));
	}

	@Test
	@DisplayName("domain.md Desa Sadar: the village head must be registered")
	void headNotEnrolled() {
		assertThat(Readiness.assess(new VillageFacts(false, 12, 12, 0, null, false, 12, null),
				ReadinessCriteria.DEFAULT).missing()).containsExactly("head-not-enrolled");
	}

	@Test
	@DisplayName("domain.md Desa Sadar: ALL village officials, so one missing official is not ready")
	void oneOfficialMissing() {
		Readiness readiness = Readiness.assess(new VillageFacts(true, 11, 12, 0, null, false, 12, null),
				ReadinessCriteria.DEFAULT);

		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.missing()).containsExactly("officials-not-enrolled");
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0 })
	@DisplayName("domain.md Desa Sadar: ALL officials cannot be checked without their number on the profile")
	void officialsCountUnknown(int count) {
		Integer officialsCount = count < 0 ? null : count;

		assertThat(Readiness.assess(new VillageFacts(true, 0, officialsCount, 0, null, false, 1, null),
				ReadinessCriteria.DEFAULT).missing()).containsExactly("officials-count-unknown");
	}

	@ParameterizedTest
	@CsvSource({ "29, 40, rt-rw-heads-not-enrolled", "30, 40, ''", "0, 0, rt-rw-heads-count-unknown" })
	@DisplayName("domain.md Desa Sadar [M]: RT/RW heads registered, against a configurable share")
	void rtRwHeadsAgainstTheMinimumShare(int enrolled, int count, String missing) {
		VillageFacts facts = new VillageFacts(true, 12, 12, enrolled, count, true, 900, 3000L);

		assertThat(Readiness.assess(facts, STRICT).missing())
				.isEqualTo(missing.isEmpty() ? List.of() : List.of(missing));
	}

	@Test
	@DisplayName("domain.md Desa Sadar [M]: RT/RW heads unknown counts as missing only when a share is required")
	void rtRwHeadsCountUnknown() {
		VillageFacts facts = new VillageFacts(true, 12, 12, 5, null, true, 900, 3000L);

		assertThat(Readiness.assess(facts, STRICT).missing()).containsExactly("rt-rw-heads-count-unknown");
		assertThat(Readiness.assess(facts, ReadinessCriteria.DEFAULT).missing()).isEmpty();
	}

	@Test
	@DisplayName("domain.md Desa Sadar [M]: an active BUMDes, when the criteria require it")
	void bumdesInactive() {
		VillageFacts facts = new VillageFacts(true, 12, 12, 30, 40, false, 900, 3000L);

		assertThat(Readiness.assess(facts, STRICT).missing()).containsExactly("bumdes-inactive");
		assertThat(Readiness.assess(facts, ReadinessCriteria.DEFAULT).ready()).isTrue();
	}

	@Test
	@DisplayName("domain.md Desa Sadar: no coverage threshold was found, so it is configurable and off by default")
	void coverageBelowThreshold() {
		VillageFacts facts = new VillageFacts(true, 12, 12, 30, 40, true, 899, 3000L);

		assertThat(Readiness.assess(facts, STRICT).missing()).containsExactly("coverage-below-threshold");
		assertThat(Readiness.assess(facts, ReadinessCriteria.DEFAULT).ready()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, 0 })
	@DisplayName("api.md Dashboard: coverage is null without an estimate, so a threshold cannot be met")
	void workforceEstimateUnknown(long estimate) {
		VillageFacts facts = new VillageFacts(true, 12, 12, 30, 40, true, 900, estimate < 0 ? null : estimate);

		Readiness readiness = Readiness.assess(facts, STRICT);

		assertThat(readiness.coverage()).isNull();
		assertThat(readiness.missing()).containsExactly("workforce-estimate-unknown");
		assertThat(Readiness.assess(facts, ReadinessCriteria.DEFAULT).ready()).isTrue();
	}

	@Test
	@DisplayName("domain.md Desa Sadar: show the checklist, every unmet item in order")
	void listsEveryMissingItemInOrder() {
		VillageFacts facts = new VillageFacts(false, 3, 12, 1, 40, false, 10, 3000L);

		assertThat(Readiness.assess(facts, STRICT).missing()).containsExactly("head-not-enrolled",
				"officials-not-enrolled", "rt-rw-heads-not-enrolled", "bumdes-inactive", "coverage-below-threshold");
		assertThat(Readiness.assess(new VillageFacts(false, 0, null, 0, null, false, 0, null), STRICT).missing())
				.containsExactly("head-not-enrolled", "officials-count-unknown", "rt-rw-heads-count-unknown",
						"bumdes-inactive", "workforce-estimate-unknown");
	}

	@Test
	@DisplayName("domain.md Desa Sadar: ready exactly when nothing is missing")
	void readinessCannotContradictItsChecklist() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Readiness(true, 1, 1, 0, null, false, null, true, List.of("bumdes-inactive")));
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new Readiness(true, 1, 1, 0, null, false, null, false, List.of()));
	}

	@ParameterizedTest
	@CsvSource({ "-0.1, ", "1.1, ", "0.5, -0.01", "0.5, 1.01", "NaN, " })
	@DisplayName("domain.md Desa Sadar: thresholds are shares from 0 to 1")
	void rejectsSharesOutsideZeroToOne(double rtRwHeadsMinimumShare, Double minimumCoverage) {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> new ReadinessCriteria(rtRwHeadsMinimumShare, false, minimumCoverage));
	}

	@Test
	@DisplayName("domain.md Desa Sadar: off by default, only the [H] core criterion applies")
	void defaultCriteriaCheckOnlyTheCore() {
		assertThat(ReadinessCriteria.DEFAULT).isEqualTo(new ReadinessCriteria(0.0, false, null));
	}

	@Test
	@DisplayName("Village facts are counts, never negative")
	void rejectsNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VillageFacts(true, -1, 12, 0, null, false, 0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new VillageFacts(true, 1, 12, 0, -40, false, 0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new VillageFacts(true, 1, 12, 0, null, false, 0, -1L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "head-not-enrolled", "officials-count-unknown", "officials-not-enrolled",
			"rt-rw-heads-count-unknown", "rt-rw-heads-not-enrolled", "bumdes-inactive", "workforce-estimate-unknown",
			"coverage-below-threshold" })
	@DisplayName("style.md: every visible string comes from messages, Bahasa Indonesia and English")
	void everyMissingItemHasAMessageInBothLanguages(String code) throws IOException {
		for (String file : new String[] { "village.properties", "village_en.properties" }) {
			assertThat(messages(file).getProperty("village.readiness.missing." + code)).as(file).isNotBlank();
		}
	}

	@Test
	@DisplayName("style.md: locale files that drift apart fail the build")
	void villageMessagesHaveTheSameKeysInBothLanguages() throws IOException {
		assertThat(messages("village_en.properties").keySet())
				.containsExactlyInAnyOrderElementsOf(messages("village.properties").keySet());
	}

	private static Properties messages(String file) throws IOException {
		Properties messages = new Properties();
		try (var in = ReadinessUnitTest.class.getResourceAsStream("/i18n/" + file)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}
}
