package id.desasadar.account;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page from being committed before Spring Session has saved the session, at the end of its filter. Thymeleaf
 * flushes at the end of every page; Spring Session, seeing the response committed, saves the session then, and at
 * its filter's end reads it from the database once more (spring-session#1731): two reads per request. Just inside
 * that filter, this holds the writer's flushes, and a buffer larger than a page keeps a page's size from committing
 * it either; the container sends the page when the request ends, as it would have. Downloads write to the output
 * stream, which is left alone, and a body larger than the buffer is still sent as it is written.
 */
class SessionSavedOnce extends OncePerRequestFilter {

	/** Larger than the largest page (a dashboard, about 30 KB). */
	static final int BUFFER = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < BUFFER) {
			response.setBufferSize(BUFFER);
		}
		chain.doFilter(request, new HeldFlushes(response));
	}

	private static final class HeldFlushes extends HttpServletResponseWrapper {

		private PrintWriter writer;

		HeldFlushes(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(super.getWriter()) {

					@Override
					public void flush() {
						// held: sent when the request ends
					}
				};
			}
			return writer;
		}

		@Override
		public void flushBuffer() {
			// held: sent when the request ends
		}
	}
}
