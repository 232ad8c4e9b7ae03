package id.desasadar.contribution;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.RuleViolationException;

/**
 * Which programs a participant may choose (domain.md "Segments and programs"): BPU takes JKK and JKM,
 * may add JHT and may not have JP; PU takes at least what the employer's size requires. A BPU worker
 * must also be within the configured ages on the registration date.
 */
@Component
public class Eligibility {

	/** One broken rule: the problem code of api.md and a message key with its arguments. */
	public record Violation(String code, String messageKey, List<Object> args) {

		public Violation {
			args = List.copyOf(args);
		}

		public RuleViolationException toException() {
			return new RuleViolationException(code, messageKey, args.toArray());
		}
	}

	static final String CORE_PROGRAMS_REQUIRED = "core-programs-required";
	static final String PROGRAM_NOT_ELIGIBLE = "program-not-eligible";
	static final String AGE_LIMIT = "age-limit";

	private static final Set<Program> BPU_CORE = EnumSet.of(Program.JKK, Program.JKM);
	private static final Set<Program> BPU_OPEN = EnumSet.of(Program.JKK, Program.JKM, Program.JHT);

	private final EligibilityProperties limits;

	public Eligibility(EligibilityProperties limits) {
		this.limits = Objects.requireNonNull(limits);
	}

	/**
	 * Every rule the choice breaks, programs first, then age; empty when the choice is allowed.
	 *
	 * @param employerSize required for PU (a {@code 400} naming {@code employerSize} without it), ignored for BPU
	 */
	public List<Violation> violations(Segment segment, Set<Program> programs, EmployerSize employerSize,
			LocalDate birthDate, LocalDate registeredOn) {
		List<Violation> violations = new ArrayList<>(programViolations(segment, programs, employerSize));
		if (segment == Segment.BPU) {
			ageViolation(birthDate, registeredOn).ifPresent(violations::add);
		}
		return violations;
	}

	/** Throws the first of {@link #violations}, if any. */
	public void check(Segment segment, Set<Program> programs, EmployerSize employerSize, LocalDate birthDate,
			LocalDate registeredOn) {
		throwFirst(violations(segment, programs, employerSize, birthDate, registeredOn));
	}

	/** The programs a participant of the segment may choose: JP is not open to BPU (domain.md). */
	public Set<Program> openTo(Segment segment) {
		return segment == Segment.BPU ? EnumSet.copyOf(BPU_OPEN) : EnumSet.allOf(Program.class);
	}

	/**
	 * The programs a participant must have: JKK and JKM for BPU; for PU those of the employer's size
	 * (Perpres 109/2013), and while the size is not known yet, the smallest employer's.
	 */
	public Set<Program> requiredFor(Segment segment, EmployerSize employerSize) {
		if (segment == Segment.BPU) {
			return EnumSet.copyOf(BPU_CORE);
		}
		return EnumSet.copyOf((employerSize == null ? EmployerSize.MICRO : employerSize).requiredPrograms());
	}

	/** The rules on programs alone, for a quote where no person is known yet. */
	public List<Violation> programViolations(Segment segment, Set<Program> programs, EmployerSize employerSize) {
		Objects.requireNonNull(segment);
		Objects.requireNonNull(programs);
		List<Violation> violations = new ArrayList<>();
		if (segment == Segment.BPU) {
			Set<Program> refused = EnumSet.allOf(Program.class);
			refused.removeAll(openTo(segment));
			refused.retainAll(programs);
			if (!refused.isEmpty()) {
				violations.add(new Violation(PROGRAM_NOT_ELIGIBLE, "contribution.rule.program-not-eligible",
						List.of(names(refused), segment.name())));
			}
		}
		else if (employerSize == null) {
			throw new InvalidInputException("employerSize", "contribution.input.employer-size.required");
		}
		Set<Program> missing = requiredFor(segment, employerSize);
		missing.removeAll(programs);
		if (!missing.isEmpty()) {
			violations.add(new Violation(CORE_PROGRAMS_REQUIRED, "contribution.rule.core-programs-required",
					List.of(names(missing))));
		}
		return violations;
	}

	/** Throws the first of {@link #programViolations}, if any. */
	public void checkPrograms(Segment segment, Set<Program> programs, EmployerSize employerSize) {
		throwFirst(programViolations(segment, programs, employerSize));
	}

	private Optional<Violation> ageViolation(LocalDate birthDate, LocalDate registeredOn) {
		int age = Period.between(Objects.requireNonNull(birthDate), Objects.requireNonNull(registeredOn)).getYears();
		if (age >= limits.bpuMaxAge()) {
			return Optional.of(new Violation(AGE_LIMIT, "contribution.rule.age-limit.max", List.of(limits.bpuMaxAge())));
		}
		if (limits.bpuMinAge() != null && age < limits.bpuMinAge()) {
			return Optional.of(new Violation(AGE_LIMIT, "contribution.rule.age-limit.min", List.of(limits.bpuMinAge())));
		}
		return Optional.empty();
	}

	private static void throwFirst(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw violations.get(0).toException();
		}
	}

	/** "JKK, JKM" in program order, for messages. */
	private static String names(Set<Program> programs) {
		return EnumSet.copyOf(programs).stream().map(Program::name).collect(Collectors.joining(", "));
	}
}
