package id.desasadar.support;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV (RFC 4180) that a spreadsheet opens safely, one row at a time so that an export of any size
 * streams: UTF-8 with a byte order mark, which Excel needs to read Indonesian names right; cells quoted
 * when they hold a comma, a quote or a line break; and a text cell that starts with {@code = + - @}, a tab
 * or a carriage return prefixed with a single quote, so that a spreadsheet shows it rather than runs it as
 * a formula (issue #5; OWASP "CSV injection"). Numbers are written as they are: they cannot be formulas.
 */
public final class CsvWriter implements TableWriter, Flushable {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Writer out;

	private CsvWriter(Writer out) {
		this.out = out;
	}

	/** A writer for Excel and the others: UTF-8 and the byte order mark written first. */
	public static CsvWriter forSpreadsheets(OutputStream stream) {
		Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		try {
			writer.write(BYTE_ORDER_MARK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CsvWriter(writer);
	}

	/** One row; {@code null} is an empty cell. Lines end in CRLF, as RFC 4180 has it. */
	@Override
	public CsvWriter row(List<?> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		try {
			out.write(line.append("\r\n").toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	@Override
	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	@Override
	public void finish() {
		flush();
	}

	@Override
	public void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
