package id.desasadar.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte on a socket, for what no HTTP client lets through (a forged {@code Host}, {@code //}
 * or an encoded NUL in the path), and their answers read back: the status, the headers (names in lower case) and
 * the body, de-chunked.
 */
public final class RawHttp {

	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** {@code head} holds the request line and headers, one a line, without {@code Connection} and the blank line. */
	public Answer send(String head, String body) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder();
			head.lines().forEach(line -> request.append(line).append("\r\n"));
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			return parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
		}
	}

	static Answer parse(String raw) {
		int end = raw.indexOf("\r\n\r\n");
		String[] lines = raw.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).strip();
			headers.merge(name, value, (a, b) -> a + "\n" + b);
		}
		String body = raw.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			StringBuilder joined = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
				if (size == 0) {
					break;
				}
				joined.append(body, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			body = joined.toString();
		}
		// read as Latin-1 so that chunk sizes count bytes; the body itself is UTF-8
		return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}
}
