package id.desasadar.support;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint a failed write broke, so that a race lost to another request is told in its words. */
public final class Constraints {

	private Constraints() {
	}

	/** Whether the write broke the constraint of this name (PostgreSQL names it in the error). */
	public static boolean violated(DataIntegrityViolationException ex, String constraint) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
				return true;
			}
			if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}
}
