package id.desasadar.support;

import org.springframework.http.HttpStatus;

/**
 * Unknown, or outside the caller's scope: both answer {@code 404} so that nothing leaks that a record
 * exists.
 */
public class NotFoundException extends ProblemException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "problem.not-found", what, id);
	}
}
