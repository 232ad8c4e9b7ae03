package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvWriterUnitTest {

	static String written(Object... cells) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvWriter csv = CsvWriter.forSpreadsheets(bytes);
		csv.row(cells);
		csv.flush();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void startsWithTheUtf8ByteOrderMarkThatExcelNeeds() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvWriter.forSpreadsheets(bytes).row("Siti Ruqayyah").flush();
		assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFSiti Ruqayyah\r\n");
	}

	@Test
	void separatesCellsWithCommasAndEndsRowsWithCrLf() {
		assertThat(written("a", 12, null, "b")).isEqualTo("\uFEFFa,12,,b\r\n");
	}

	@Test
	void quotesCellsWithCommasQuotesAndLineBreaks() {
		assertThat(CsvWriter.cell("Warung, Pasar")).isEqualTo("\"Warung, Pasar\"");
		assertThat(CsvWriter.cell("Nasi \"Goreng\"")).isEqualTo("\"Nasi \"\"Goreng\"\"\"");
		assertThat(CsvWriter.cell("RT 01\nRW 02")).isEqualTo("\"RT 01\nRW 02\"");
		assertThat(CsvWriter.cell("RT 01\r\nRW 02")).isEqualTo("\"RT 01\r\nRW 02\"");
		assertThat(CsvWriter.cell("Wonopringgo")).isEqualTo("Wonopringgo");
	}

	@Test
	void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvWriter.cell("+6281234567890")).isEqualTo("'+6281234567890");
		assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(CsvWriter.cell("Budi = Bapak")).isEqualTo("Budi = Bapak");
	}

	@Test
	void escapesAFormulaAndThenQuotesIt() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"http://x.test\",\"klik\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"klik\"\")\"");
	}

	@Test
	void quotesAFirstCellThatStartsLikeAComment() {
		// FastCSV's, since issue #20: a reader that takes # for a comment still reads the row.
		assertThat(written("#12", "#34")).isEqualTo("\uFEFF\"#12\",#34\r\n");
	}

	@Test
	void writesEveryRowOnceFlushedAndQuotesAnEmptyOnlyRowNot() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvWriter csv = CsvWriter.forSpreadsheets(bytes);
		csv.row("workerId", "name").row(1, "Siti").row(null, "");
		csv.finish();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFworkerId,name\r\n1,Siti\r\n,\r\n");
	}

	@Test
	void writesNumbersAsTheyAreEvenWhenNegative() {
		assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
		assertThat(CsvWriter.cell(7L)).isEqualTo("7");
	}
}
