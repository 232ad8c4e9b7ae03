package id.desasadar.support;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request collides with what is stored: {@code 409} with a code such as {@code duplicate-nik}. */
public class ConflictException extends ProblemException {

	public ConflictException(String code, String messageKey, Map<String, Object> properties, Object... messageArgs) {
		super(HttpStatus.CONFLICT, code, messageKey, messageArgs);
		properties.forEach(this::with);
	}
}
