package id.desasadar.support;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input that breaks a rule checked in code rather than by bean validation (a malformed NIK, a date in
 * the future): {@code 400} naming every bad field, in the same shape as bean validation errors.
 */
public class InvalidInputException extends ProblemException {

	/** One bad field: its JSON name and a message key with arguments. */
	public record FieldProblem(String field, String messageKey, Object... args) {
	}

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input");
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid input names at least one field");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey, Object... args) {
		this(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
