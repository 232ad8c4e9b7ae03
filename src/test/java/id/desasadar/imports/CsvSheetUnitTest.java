package id.desasadar.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CSV reader on the files offices send and on hostile ones (issue #5): each case as bytes, read with no
 * application around it. Written against the hand-made parser and kept when it gave way to FastCSV (issue #20).
 */
class CsvSheetUnitTest {

	static List<SheetRow> read(byte[] file) throws IOException {
		List<SheetRow> rows = new ArrayList<>();
		new CsvSheet(new ByteArrayInputStream(file)).read(rows::add);
		return rows;
	}

	static List<SheetRow> read(String file) throws IOException {
		return read(file.getBytes(StandardCharsets.UTF_8));
	}

	static UnreadableFile refused(String file) {
		return refused(file.getBytes(StandardCharsets.UTF_8));
	}

	static UnreadableFile refused(byte[] file) {
		List<SheetRow> rows = new ArrayList<>();
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
				() -> new CsvSheet(new ByteArrayInputStream(file)).read(rows::add));
		assertThat(thrown).isInstanceOf(UnreadableFile.class);
		return (UnreadableFile) thrown;
	}

	static List<List<String>> cells(List<SheetRow> rows) {
		return rows.stream().map(SheetRow::cells).toList();
	}

	@Test
	void readsCommaSeparatedRowsWithTheirLines() throws IOException {
		List<SheetRow> rows = read("nik,nama\n1,Siti\n2,Budi\n");
		assertThat(cells(rows)).containsExactly(List.of("nik", "nama"), List.of("1", "Siti"), List.of("2", "Budi"));
		assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3);
	}

	@Test
	void skipsAUtf8ByteOrderMark() throws IOException {
		assertThat(cells(read("\uFEFFnik,nama\n1,Siti\n"))).containsExactly(List.of("nik", "nama"), List.of("1", "Siti"));
	}

	@Test
	void keepsAByteOrderMarkCharacterThatIsNotAtTheStart() throws IOException {
		assertThat(cells(read("nik,nama\n1,\uFEFFSiti\n")).get(1)).containsExactly("1", "\uFEFFSiti");
	}

	@Test
	void takesTheSeparatorFromTheHeaderLine() throws IOException {
		assertThat(cells(read("nik;nama;alamat\n1;Sari, Penjual;RT 01\n")).get(1)).containsExactly("1", "Sari, Penjual", "RT 01");
		assertThat(cells(read("nik\tnama\n1\tSari; Penjual, Pasar\n")).get(1)).containsExactly("1", "Sari; Penjual, Pasar");
		assertThat(cells(read("nik,nama;x\n1,a;b\n")).get(1)).as("more commas than semicolons").containsExactly("1", "a;b");
		assertThat(cells(read("nik;nama,x\n1;a,b\n")).get(1)).as("a tie of ; and , is a comma").containsExactly("1;a", "b");
		assertThat(cells(read("nik\n1\n")).get(1)).as("no separator at all").containsExactly("1");
	}

	@Test
	void readsCrLfLineEndsAndALastLineWithout() throws IOException {
		List<SheetRow> rows = read("nik,nama\r\n1,Siti\r\n2,Budi");
		assertThat(cells(rows)).containsExactly(List.of("nik", "nama"), List.of("1", "Siti"), List.of("2", "Budi"));
		assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3);
	}

	@Test
	void takesACarriageReturnAloneAsALineEndAsOldMacFilesHaveIt() throws IOException {
		// Changed with FastCSV (issue #20): the hand-written parser dropped a lone CR and ran such rows together,
		// and the lines of a quoted cell too.
		List<SheetRow> rows = read("nik;nama\r1;Siti\r2;\"RT 01\rRW 02\"\r3;Budi");
		assertThat(cells(rows)).containsExactly(List.of("nik", "nama"), List.of("1", "Siti"), List.of("2", "RT 01\nRW 02"),
				List.of("3", "Budi"));
		assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3, 5);
	}

	@Test
	void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() throws IOException {
		List<SheetRow> rows = read("a,b,c\n\"Warung, Pasar\",\"Nasi \"\"Goreng\"\"\",\"RT 01\r\nRW 02\nDusun\"\n2,\"\",x\n");
		assertThat(rows.get(1).cells()).containsExactly("Warung, Pasar", "Nasi \"Goreng\"", "RT 01\nRW 02\nDusun");
		assertThat(rows.get(2).cells()).containsExactly("2", "", "x");
		assertThat(rows).extracting(SheetRow::line).as("where each row starts").containsExactly(1, 2, 5);
	}

	@Test
	void takesAQuoteInsideAnUnquotedCellAsText() throws IOException {
		assertThat(cells(read("a,b\nJl. \"Merdeka\" 5,x\n")).get(1)).containsExactly("Jl. \"Merdeka\" 5", "x");
	}

	@Test
	void keepsTextAfterAClosingQuote() throws IOException {
		assertThat(cells(read("a,b\n\"Sari\" Penjual,x\n")).get(1)).containsExactly("Sari Penjual", "x");
	}

	@Test
	void keepsEmptyCellsAndBlankLinesForTheCallerToSkip() throws IOException {
		List<SheetRow> rows = read("a,b,c\n,,\n\n1,,3\n");
		assertThat(cells(rows)).containsExactly(List.of("a", "b", "c"), List.of("", "", ""), List.of(""), List.of("1", "", "3"));
		assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3, 4);
		assertThat(rows.get(2).blank()).isTrue();
	}

	@Test
	void readsRowsOfAnyWidthAsTheyAre() throws IOException {
		assertThat(cells(read("a,b,c\n1\n1,2,3,4\n"))).containsExactly(List.of("a", "b", "c"), List.of("1"), List.of("1", "2", "3", "4"));
	}

	@Test
	void anEmptyFileIsAnEmptyHeaderLine() throws IOException {
		assertThat(cells(read(""))).containsExactly(List.of(""));
		assertThat(cells(read("\uFEFF"))).containsExactly(List.of(""));
		assertThat(cells(read("\nnik,nama\n"))).as("a header after a blank line is not a header")
			.containsExactly(List.of(""), List.of("nik", "nama"));
	}

	@Test
	void readsIndonesianAndOtherUnicodeText() throws IOException {
		assertThat(cells(read("a,b\nSiti Ruqayyah,Désa Ümlaut 😀\n")).get(1)).containsExactly("Siti Ruqayyah", "Désa Ümlaut 😀");
	}

	@Test
	void refusesAFileThatIsNotUtf8() {
		byte[] latin1 = "nik,nama\n1,Désa\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refused(latin1).reason()).isEqualTo("import.file.encoding");
		byte[] utf16 = "nik,nama\n1,Siti\n".getBytes(StandardCharsets.UTF_16);
		assertThat(refused(utf16).reason()).isEqualTo("import.file.encoding");
	}

	@Test
	void refusesAnUnclosedQuoteNamingTheLineItOpensOn() {
		UnreadableFile unclosed = refused("a,b\n1,ok\n2,\"Tanpa Tutup\n3,x\n");
		assertThat(unclosed.reason()).isEqualTo("import.file.unclosed-quote");
		assertThat(unclosed.problems().get(0).args()).containsExactly(3);
	}

	@Test
	void refusesACellOfMoreThanTenThousandCharactersNamingItsLine() throws IOException {
		assertThat(read("a,b\n1," + "x".repeat(10_000) + "\n").get(1).cells().get(1)).hasSize(10_000);
		UnreadableFile unquoted = refused("a,b\n1,ok\n2," + "x".repeat(10_001) + "\n");
		assertThat(unquoted.reason()).isEqualTo("import.file.cell-too-long");
		assertThat(unquoted.problems().get(0).args()).containsExactly(3);
		UnreadableFile quoted = refused("a,b\n1,\"" + "x\n".repeat(6_000) + "\"\n");
		assertThat(quoted.reason()).isEqualTo("import.file.cell-too-long");
		assertThat(quoted.problems().get(0).args()).containsExactly(2);
	}

	@Test
	void refusesAHugeCellBeforeReadingItAll() {
		// 5 MB in one cell, quoted and never closed: refused as too long, not as unclosed, and not read to its end.
		byte[] file = ("a,b\n1,\"" + "x".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8);
		long[] consumed = new long[1];
		InputStream counting = new FilterInputStream(new ByteArrayInputStream(file)) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				consumed[0] += Math.max(n, 0);
				return n;
			}

			@Override
			public int read() throws IOException {
				int c = super.read();
				consumed[0] += c < 0 ? 0 : 1;
				return c;
			}
		};
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new CsvSheet(counting).read(row -> {
		}));
		assertThat(thrown).isInstanceOf(UnreadableFile.class);
		UnreadableFile huge = (UnreadableFile) thrown;
		assertThat(huge.reason()).isEqualTo("import.file.cell-too-long");
		assertThat(huge.problems().get(0).args()).containsExactly(2);
		assertThat(consumed[0]).as("bytes read of 5 MB").isLessThan(1_000_000);
	}
}
