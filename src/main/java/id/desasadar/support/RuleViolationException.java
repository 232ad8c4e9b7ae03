package id.desasadar.support;

import org.springframework.http.HttpStatus;

/** A rule of the programs forbids the request: {@code 422} with a code such as {@code age-limit}. */
public class RuleViolationException extends ProblemException {

	public RuleViolationException(String code, String messageKey, Object... messageArgs) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code, messageKey, messageArgs);
	}
}
