package id.desasadar.imports;

import java.io.InputStream;
import java.util.function.IntFunction;

/** A stored file as one stream, fetching its parts one at a time, so that at most one part is in memory. */
class PartsInputStream extends InputStream {

	private final IntFunction<byte[]> parts;
	private final int count;
	private int next;
	private byte[] current = new byte[0];
	private int position;

	PartsInputStream(IntFunction<byte[]> parts, int count) {
		this.parts = parts;
		this.count = count;
	}

	@Override
	public int read() {
		if (!fill()) {
			return -1;
		}
		return current[position++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int n = Math.min(length, current.length - position);
		System.arraycopy(current, position, buffer, offset, n);
		position += n;
		return n;
	}

	private boolean fill() {
		while (position >= current.length) {
			if (next >= count) {
				return false;
			}
			current = parts.apply(next++);
			position = 0;
		}
		return true;
	}
}
