package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV as offices write it (RFC 4180 and its cousins): UTF-8 with or without a byte order mark, comma,
 * semicolon (Excel in an Indonesian locale) or tab separator, taken from the header line, and quoted cells
 * that may hold separators, quotes and line breaks. Anything but UTF-8 is refused rather than guessed, so
 * that no name is imported garbled. Line numbers are those an editor shows: where the row starts.
 */
class CsvSheet implements SheetReader {

	private static final int MAX_CELL = 10_000;

	private final InputStream in;

	CsvSheet(InputStream in) {
		this.in = in;
	}

	@Override
	public void read(Consumer<SheetRow> rows) throws IOException {
		try (Reader reader = new java.io.BufferedReader(utf8(skipByteOrderMark(in)), 65_536)) {
			new Parser(reader).parse(rows);
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

	/** A small state machine over characters; the separator is chosen on the header line. */
	private static final class Parser {

		private final Reader reader;
		private int line = 1;
		private char separator;

		Parser(Reader reader) {
			this.reader = reader;
		}

		void parse(Consumer<SheetRow> rows) throws IOException {
			List<String> header = null;
			StringBuilder headerText = new StringBuilder();
			// The header is read raw first to choose the separator: whichever of ; , tab occurs most.
			int c;
			while ((c = next()) != -1 && c != '\n') {
				headerText.append((char) c);
			}
			if (headerText.length() > 0 && headerText.charAt(headerText.length() - 1) == '\r') {
				headerText.setLength(headerText.length() - 1);
			}
			separator = separatorOf(headerText.toString());
			header = split(headerText.toString());
			rows.accept(new SheetRow(1, header));
			line = 2;
			while (true) {
				int start = line;
				List<String> cells = record();
				if (cells == null) {
					return;
				}
				rows.accept(new SheetRow(start, cells));
			}
		}

		private List<String> split(String headerLine) throws IOException {
			Parser inner = new Parser(new java.io.StringReader(headerLine + "\n"));
			inner.separator = separator;
			List<String> cells = inner.record();
			return cells == null ? List.of() : cells;
		}

		/** The next record, or {@code null} at the end of the file. */
		private List<String> record() throws IOException {
			int c = next();
			if (c == -1) {
				return null;
			}
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			int startLine = line;
			while (true) {
				if (c == -1) {
					if (quoted) {
						throw new UnreadableFile("import.file.unclosed-quote", startLine);
					}
					cells.add(cell.toString());
					return cells;
				}
				if (quoted) {
					if (c == '"') {
						int after = next();
						if (after == '"') {
							cell.append('"');
						}
						else {
							quoted = false;
							c = after;
							continue;
						}
					}
					else if (c == '\n') {
						line++;
						cell.append('\n');
					}
					else if (c != '\r') {
						// A line break inside a cell is kept as \n, as a form would send it (CR is a control character).
						cell.append((char) c);
					}
				}
				else if (c == '"' && cell.isEmpty() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
				}
				else if (c == separator) {
					cells.add(cell.toString());
					cell.setLength(0);
					wasQuoted = false;
				}
				else if (c == '\n') {
					line++;
					cells.add(cell.toString());
					return cells;
				}
				else if (c == '\r') {
					// the CR of a CRLF line end
				}
				else {
					cell.append((char) c);
				}
				if (cell.length() > MAX_CELL) {
					throw new UnreadableFile("import.file.cell-too-long", startLine);
				}
				c = next();
			}
		}

		private int next() throws IOException {
			return reader.read();
		}

		private static char separatorOf(String header) {
			long semicolons = header.chars().filter(ch -> ch == ';').count();
			long commas = header.chars().filter(ch -> ch == ',').count();
			long tabs = header.chars().filter(ch -> ch == '\t').count();
			if (tabs > commas && tabs > semicolons) {
				return '\t';
			}
			return semicolons > commas ? ';' : ',';
		}
	}
}
