package id.desasadar.support;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

/**
 * Writes CSV (RFC 4180, by FastCSV) that a spreadsheet opens safely, one row at a time so that an export of any
 * size streams: UTF-8 with a byte order mark, which Excel needs to read Indonesian names right; cells quoted
 * when they hold a comma, a quote or a line break (and a first cell starting with {@code #}); lines ending in
 * CRLF. A text cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with a single
 * quote, so that a spreadsheet shows it rather than runs it as a formula (issue #5; OWASP "CSV injection"):
 * this guard is ours, FastCSV knows nothing of spreadsheets. Numbers are written as they are: they cannot be
 * formulas.
 */
public final class CsvWriter implements TableWriter, Flushable {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final de.siegmar.fastcsv.writer.CsvWriter csv;

	private CsvWriter(Writer out) {
		this.csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
			.fieldSeparator(',')
			.quoteCharacter('"')
			.quoteStrategy(QuoteStrategies.REQUIRED)
			.lineDelimiter(LineDelimiter.CRLF)
			.build(out);
	}

	/** A writer for Excel and the others: UTF-8 and the byte order mark written first. */
	public static CsvWriter forSpreadsheets(OutputStream stream) {
		Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8); // FastCSV buffers in front of it
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
		List<String> texts = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			texts.add(text(cell));
		}
		csv.writeRecord(texts);
		return this;
	}

	@Override
	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/** The text written for a value, before quoting: empty for {@code null}, formulas guarded. */
	static String text(Object value) {
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
		return text;
	}

	/** A value as one cell of a row after the first, as this writer writes it (guarded and quoted). */
	static String cell(Object value) {
		StringWriter out = new StringWriter();
		CsvWriter writer = new CsvWriter(out);
		writer.row("", value);
		writer.flush();
		String line = out.toString();
		return line.substring(1, line.length() - 2);
	}

	@Override
	public void finish() {
		flush();
	}

	@Override
	public void flush() {
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
