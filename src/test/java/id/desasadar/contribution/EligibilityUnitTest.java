package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.Program.JP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.desasadar.contribution.Eligibility.Violation;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.RuleViolationException;

class EligibilityUnitTest {

	private static final LocalDate REGISTERED = LocalDate.of(2019, 8, 21);

	private final Eligibility eligibility = new Eligibility(EligibilityProperties.defaults());

	@Test
	@DisplayName("domain.md Segments and programs: BPU takes JKK + JKM, JHT optional")
	void acceptsBpuCoreWithOrWithoutJht() {
		assertThat(eligibility.programViolations(Segment.BPU, Set.of(JKK, JKM), null)).isEmpty();
		assertThat(eligibility.programViolations(Segment.BPU, Set.of(JKK, JKM, JHT), null)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Segments and programs: JP is not open to BPU")
	void refusesJpForBpu() {
		assertThat(codes(eligibility.programViolations(Segment.BPU, Set.of(JKK, JKM, JP), null)))
				.containsExactly("program-not-eligible");
		assertThatThrownBy(() -> eligibility.checkPrograms(Segment.BPU, Set.of(JKK, JKM, JP), null))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.code()).isEqualTo("program-not-eligible");
					assertThat(e.status().value()).isEqualTo(422);
					assertThat(e.messageArgs()).containsExactly("JP", "BPU");
				});
	}

	@Test
	@DisplayName("domain.md Segments and programs: JKK + JKM is the required BPU core")
	void requiresBpuCore() {
		List<Violation> violations = eligibility.programViolations(Segment.BPU, Set.of(JKK, JHT), null);

		assertThat(codes(violations)).containsExactly("core-programs-required");
		assertThat(violations.get(0).args()).containsExactly("JKM");
	}

	@Test
	@DisplayName("domain.md Segments and programs: every broken rule is listed, the first thrown")
	void listsEveryViolation() {
		assertThat(codes(eligibility.programViolations(Segment.BPU, Set.of(JP), null)))
				.containsExactly("program-not-eligible", "core-programs-required");
		assertThatThrownBy(() -> eligibility.checkPrograms(Segment.BPU, Set.of(JP), null))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.code()).isEqualTo("program-not-eligible"));
	}

	@Test
	@DisplayName("domain.md Segments and programs, Perpres 109/2013: a micro employer registers JKK and JKM")
	void refusesPuMicroWithoutJkm() {
		assertThatThrownBy(() -> eligibility.checkPrograms(Segment.PU, Set.of(JKK), EmployerSize.MICRO))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.code()).isEqualTo("core-programs-required");
					assertThat(e.messageArgs()).containsExactly("JKM");
				});
	}

	@Test
	@DisplayName("domain.md Segments and programs: PU may add programs beyond the employer size's, JP included")
	void acceptsPuMicroWithJp() {
		assertThat(eligibility.programViolations(Segment.PU, Set.of(JKK, JKM, JP), EmployerSize.MICRO)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Segments and programs, Perpres 109/2013: small adds JHT, medium and large add JP")
	void requiresWhatEachEmployerSizeRequires() {
		assertThat(eligibility.programViolations(Segment.PU, Set.of(JKK, JKM), EmployerSize.SMALL).get(0).args())
				.containsExactly("JHT");
		assertThat(eligibility.programViolations(Segment.PU, Set.of(JKK, JKM, JHT), EmployerSize.MEDIUM).get(0).args())
				.containsExactly("JP");
		assertThat(eligibility.programViolations(Segment.PU, Set.of(JKM), EmployerSize.LARGE).get(0).args())
				.containsExactly("JKK, JHT, JP");
		assertThat(eligibility.programViolations(Segment.PU, Set.of(JKK, JKM, JHT, JP), EmployerSize.LARGE)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Segments and programs: PU programs depend on the employer size, so it is required")
	void requiresEmployerSizeForPu() {
		assertThatThrownBy(() -> eligibility.checkPrograms(Segment.PU, Set.of(JKK, JKM), null))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.problems().get(0).field()).isEqualTo("employerSize"));
	}

	@Test
	@DisplayName("domain.md Segments and programs: BPU must be under 65 at registration")
	void acceptsBpuAged64() {
		LocalDate born = REGISTERED.minusYears(65).plusDays(1);

		assertThatCode(() -> eligibility.check(Segment.BPU, Set.of(JKK, JKM), null, born, REGISTERED))
				.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("domain.md Segments and programs: BPU must be under 65 at registration, so not on the 65th birthday")
	void refusesBpuOnTheir65thBirthday() {
		LocalDate born = REGISTERED.minusYears(65);

		assertThatThrownBy(() -> eligibility.check(Segment.BPU, Set.of(JKK, JKM), null, born, REGISTERED))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.code()).isEqualTo("age-limit");
					assertThat(e.messageArgs()).containsExactly(65);
				});
	}

	@Test
	@DisplayName("domain.md Segments and programs: the age limit is BPU's; a PU of 70 is not refused for age")
	void leavesPuAgeAlone() {
		assertThat(eligibility.violations(Segment.PU, Set.of(JKK, JKM), EmployerSize.MICRO, REGISTERED.minusYears(70),
				REGISTERED)).isEmpty();
	}

	@Test
	@DisplayName("domain.md Segments and programs: programs and age violations are listed together")
	void listsProgramAndAgeViolations() {
		assertThat(codes(eligibility.violations(Segment.BPU, Set.of(JKK, JKM, JP), null, REGISTERED.minusYears(80),
				REGISTERED))).containsExactly("program-not-eligible", "age-limit");
	}

	@Test
	@DisplayName("domain.md Segments and programs: the age limits are configurable [M], no minimum by default [L]")
	void appliesConfiguredAgeLimits() {
		Eligibility strict = new Eligibility(new EligibilityProperties(60, 18));

		assertThat(codes(strict.violations(Segment.BPU, Set.of(JKK, JKM), null, REGISTERED.minusYears(60), REGISTERED)))
				.containsExactly("age-limit");
		assertThat(codes(strict.violations(Segment.BPU, Set.of(JKK, JKM), null, REGISTERED.minusYears(17), REGISTERED)))
				.containsExactly("age-limit");
		assertThat(strict.violations(Segment.BPU, Set.of(JKK, JKM), null, REGISTERED.minusYears(18), REGISTERED)).isEmpty();
		assertThat(eligibility.violations(Segment.BPU, Set.of(JKK, JKM), null, REGISTERED.minusYears(15), REGISTERED))
				.isEmpty();
	}

	@Test
	@DisplayName("domain.md Segments and programs: a minimum age at or above the maximum is a configuration error")
	void refusesContradictoryLimits() {
		assertThatThrownBy(() -> new EligibilityProperties(65, 65)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EligibilityProperties(0, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@EnumSource(EmployerSize.class)
	@DisplayName("domain.md Segments and programs, Perpres 109/2013: every size requires JKK and JKM")
	void requiresJkkAndJkmOfEverySize(EmployerSize size) {
		assertThat(size.requiredPrograms()).contains(JKK, JKM);
	}

	@Test
	@DisplayName("domain.md Segments and programs: a BPU chooses among JKK, JKM and JHT and must have JKK and JKM")
	void offersAndRequiresTheProgramsOfTheSelfEmployed() {
		assertThat(eligibility.openTo(Segment.BPU)).containsExactlyInAnyOrder(JKK, JKM, JHT);
		assertThat(eligibility.requiredFor(Segment.BPU, null)).containsExactlyInAnyOrder(JKK, JKM);
	}

	@Test
	@DisplayName("domain.md Segments and programs: PU programs by employer size (Perpres 109/2013)")
	void requiresTheProgramsOfTheEmployersSizeForWageEarners() {
		assertThat(eligibility.openTo(Segment.PU)).containsExactlyInAnyOrder(JKK, JKM, JHT, JP);
		assertThat(eligibility.requiredFor(Segment.PU, EmployerSize.SMALL)).containsExactlyInAnyOrder(JKK, JKM, JHT);
		assertThat(eligibility.requiredFor(Segment.PU, EmployerSize.LARGE)).containsExactlyInAnyOrder(JKK, JKM, JHT, JP);
		assertThat(eligibility.requiredFor(Segment.PU, null)).containsExactlyInAnyOrder(JKK, JKM);
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).toList();
	}
}
