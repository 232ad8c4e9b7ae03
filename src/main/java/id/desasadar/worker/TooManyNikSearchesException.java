package id.desasadar.worker;

import java.time.Duration;

import id.desasadar.support.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * {@code 429 too-many-nik-searches}: a viewer who sees NIKs masked searched by a whole NIK more often than the
 * limit allows within the window (issue #16): each such search confirms whether a NIK is registered, so they
 * are counted like disclosures.
 */
class TooManyNikSearchesException extends ProblemException {

	TooManyNikSearchesException(int max, Duration window) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-nik-searches", "workers.search.too-many-nik-searches", max,
				Math.max(1, window.toMinutes()));
		with("retryAfterSeconds", window.toSeconds());
	}
}
