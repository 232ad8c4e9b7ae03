package id.desasadar.imports;

import id.desasadar.support.ProblemException;

import org.springframework.http.HttpStatus;

/** {@code 413}: over {@code desa-sadar.imports.max-file-size}, as Spring's own multipart limit answers. */
class FileTooLarge extends ProblemException {

	FileTooLarge() {
		super(HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large");
	}
}
