package id.desasadar.imports;

import java.util.Arrays;
import java.util.List;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;

/** A rejected row: its line, the field and the message key with arguments, translated when read. */
record RowError(int line, String field, String messageKey, List<String> args) {

	static RowError of(int line, String field, String messageKey, Object... args) {
		return new RowError(line, field, messageKey, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** Every field of a {@code 400}, or the one rule of a {@code 409} or {@code 422}, as the API reports it. */
	static List<RowError> of(int line, ProblemException ex, String ruleField) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems().stream().map(p -> of(line, p.field(), p.messageKey(), p.args())).toList();
		}
		return List.of(of(line, ruleField, ex.messageKey(), ex.messageArgs()));
	}
}
