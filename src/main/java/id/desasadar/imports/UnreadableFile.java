package id.desasadar.imports;

import id.desasadar.support.InvalidInputException;

/** The uploaded file as a whole cannot be imported: {@code 400} naming the field {@code file}. */
class UnreadableFile extends InvalidInputException {

	UnreadableFile(String messageKey, Object... args) {
		super("file", messageKey, args);
	}

	/** The reason, for a job that fails in the background. */
	String reason() {
		return problems().get(0).messageKey();
	}
}
