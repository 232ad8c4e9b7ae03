package id.desasadar.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A JSON request whose body is read up to a limit: past it, reading fails with {@link BodyTooLargeException}
 * (answered {@code 413}), so a body without a {@code Content-Length} (chunked) is not read in full either.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

	/** The body went past the limit; only its size is known, nothing of its content is kept. */
	static final class BodyTooLargeException extends IOException {

		private final long limit;

		BodyTooLargeException(long limit) {
			super("request body over " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return limit;
		}
	}

	/** Set on the request when its body went past the limit: the JSON reader's own error may not say why. */
	static final String TOO_LARGE = LimitedBodyRequest.class.getName() + ".tooLarge";

	private final long limit;
	private ServletInputStream stream;

	LimitedBodyRequest(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new Limited(super.getInputStream(), limit, () -> setAttribute(TOO_LARGE, limit));
		}
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private static final class Limited extends ServletInputStream {

		private final ServletInputStream in;
		private final long limit;
		private final Runnable crossed;
		private long read;

		Limited(ServletInputStream in, long limit, Runnable crossed) {
			this.in = in;
			this.limit = limit;
			this.crossed = crossed;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > limit) {
				crossed.run();
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
