package id.desasadar.imports;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * CSV as offices write it (RFC 4180 and its cousins), parsed by FastCSV: UTF-8 with or without a byte order
 * mark, comma, semicolon (Excel in an Indonesian locale) or tab separator, taken from the header line, and
 * quoted cells that may hold separators, quotes and line breaks (kept as {@code \n}, as a form would send
 * them). Anything but UTF-8 is refused rather than guessed, so that no name is imported garbled; an unclosed
 * quote and a cell over 10,000 characters are refused with their line, the cell before it is read whole.
 * Lines end in LF, CRLF or a CR alone (the old Mac "CSV" of Excel), and their numbers are those an editor
 * shows: where the row starts. Rows may be of any width; blank lines come through as one empty cell, for the
 * caller to skip.
 */
class CsvSheet implements SheetReader {

	private static final int MAX_CELL = 10_000;

	/**
	 * The most characters FastCSV buffers: one cell as written in the file and room for one read (8,192). A cell
	 * within {@link #MAX_CELL} is written in at most twice as many and its quotes (each character a doubled quote,
	 * or a line break as CRLF), so a cell that outgrows the buffer is too long in any case, and is refused once
	 * this much of it is read, never read whole.
	 */
	private static final int MAX_BUFFER = 4 * MAX_CELL + 16_384;

	/** How much of the first line is looked at to choose the separator. */
	private static final int HEADER_LOOKAHEAD = 65_536;

	private final InputStream in;

	CsvSheet(InputStream in) {
		this.in = in;
	}

	@Override
	public void read(Consumer<SheetRow> rows) throws IOException {
		try (BufferedReader buffered = new BufferedReader(utf8(skipByteOrderMark(in)), 65_536)) {
			char separator = separatorOf(firstLine(buffered));
			EndAwareReader reader = new EndAwareReader(buffered);
			Rows handler = new Rows();
			CsvReader<SheetRow> csv = CsvReader.builder()
				.fieldSeparator(separator)
				.quoteCharacter('"')
				.commentStrategy(CommentStrategy.NONE)
				.skipEmptyLines(false)
				.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
				.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
				.allowExtraCharsAfterClosingQuote(true)
				.allowUnclosedQuote(false)
				.maxBufferSize(MAX_BUFFER)
				.build(handler, reader);
			boolean any = false;
			try {
				for (SheetRow row : csv) {
					any = true;
					rows.accept(row);
				}
			}
			catch (CsvParseException ex) {
				if (ex.getCause() instanceof UnreadableFile unreadable) {
					throw unreadable;
				}
				// Only two faults are left to FastCSV: the file ended inside a quoted cell, or a cell outgrew the
				// buffer (and so the limit) before the file ended.
				int line = (int) handler.line();
				throw reader.ended() ? new UnreadableFile("import.file.unclosed-quote", line)
						: new UnreadableFile("import.file.cell-too-long", line);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			if (!any) {
				// An empty file is an empty header line, which the header check names.
				rows.accept(new SheetRow(1, List.of("")));
			}
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFile("import.file.encoding");
		}
	}

	private static Reader utf8(InputStream in) {
		return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static InputStream skipByteOrderMark(InputStream in) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		byte[] head = pushback.readNBytes(3);
		boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
		if (!bom) {
			pushback.unread(head);
		}
		return pushback;
	}

	/** The first line as written (up to its line end, or as far as the lookahead goes), left to be read again. */
	private static String firstLine(BufferedReader reader) throws IOException {
		reader.mark(HEADER_LOOKAHEAD + 1);
		StringBuilder line = new StringBuilder();
		int c;
		while (line.length() < HEADER_LOOKAHEAD && (c = reader.read()) != -1 && c != '\n' && c != '\r') {
			line.append((char) c);
		}
		reader.reset();
		return line.toString();
	}

	/** Whichever of {@code ; , tab} occurs most in the header line; a comma when none does or on a tie. */
	private static char separatorOf(String header) {
		long semicolons = header.chars().filter(ch -> ch == ';').count();
		long commas = header.chars().filter(ch -> ch == ',').count();
		long tabs = header.chars().filter(ch -> ch == '\t').count();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** Builds each record as a {@link SheetRow}: quoted line breaks as {@code \n}, cells checked for length. */
	private static final class Rows extends AbstractBaseCsvCallbackHandler<SheetRow> {

		private List<String> cells = new ArrayList<>();

		long line() {
			return getStartingLineNumber();
		}

		@Override
		protected void handleBegin(long startingLineNumber) {
			cells = new ArrayList<>();
		}

		@Override
		protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
			String cell = new String(buf, offset, len);
			if (quoted && cell.indexOf('\r') >= 0) {
				cell = cell.replace("\r\n", "\n").replace('\r', '\n');
			}
			if (cell.length() > MAX_CELL) {
				throw new UnreadableFile("import.file.cell-too-long", (int) getStartingLineNumber());
			}
			cells.add(cell);
		}

		@Override
		protected void handleEmpty() {
			cells.add("");
		}

		@Override
		protected SheetRow buildRecord() {
			return new SheetRow((int) getStartingLineNumber(), cells);
		}
	}

	/** Tells whether the reader has met the end of the file. */
	private static final class EndAwareReader extends FilterReader {

		private boolean ended;

		EndAwareReader(Reader in) {
			super(in);
		}

		boolean ended() {
			return ended;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			ended |= c == -1;
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			ended |= n == -1;
			return n;
		}
	}
}
