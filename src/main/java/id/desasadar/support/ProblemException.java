package id.desasadar.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the API answers as problem JSON: an HTTP status, a stable {@code code} that clients may
 * rely on, and a message key resolved in the user's language. Subclasses name the kinds of api.md.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final String messageKey;
	private final Object[] messageArgs;
	private final Map<String, Object> properties = new LinkedHashMap<>();

	protected ProblemException(HttpStatus status, String code, String messageKey, Object... messageArgs) {
		super(code);
		this.status = status;
		this.code = code;
		this.messageKey = messageKey;
		this.messageArgs = messageArgs;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}

	/** Adds a member to the problem JSON, such as {@code expectedAmount}. */
	public ProblemException with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	/** Extra members of the problem JSON, such as {@code existingWorkerId}. */
	public Map<String, Object> properties() {
		return Collections.unmodifiableMap(properties);
	}
}
