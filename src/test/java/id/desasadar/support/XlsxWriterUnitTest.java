package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterUnitTest {

	static XSSFWorkbook readBack(ByteArrayOutputStream bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	@Test
	void keepsNumbersAsNumbersDatesAsDatesAndFormulasAsPlainText() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TableWriter.open(TableFormat.XLSX, bytes, "Tindak lanjut")
			.row("name", "months", "paidThrough", "phone")
			.row("=HYPERLINK(\"https://contoh.test\")", 3, LocalDate.of(2026, 8, 1), null)
			.finish();
		try (XSSFWorkbook workbook = readBack(bytes)) {
			Sheet sheet = workbook.getSheet("Tindak lanjut");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
			var formula = sheet.getRow(1).getCell(0);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"https://contoh.test\")");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 8, 1));
			assertThat(sheet.getRow(1).getCell(3)).isNull();
		}
	}

	@Test
	void goesOnInANextSheetUnderTheSameHeaderWhenASheetIsFull() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxWriter writer = new XlsxWriter(bytes, "Pekerja", 3);
		writer.row("nik", "name");
		for (int i = 1; i <= 4; i++) {
			writer.row("row", i);
		}
		writer.finish();
		try (XSSFWorkbook workbook = readBack(bytes)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Pekerja");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			Sheet second = workbook.getSheetAt(1);
			assertThat(second.getSheetName()).isEqualTo("Pekerja (2)");
			assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nik");
			assertThat(second.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(second.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4);
		}
	}

	@Test
	void anEmptyTableIsStillAWorkbook() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TableWriter.open(TableFormat.XLSX, bytes, "Kosong").finish();
		try (XSSFWorkbook workbook = readBack(bytes)) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Kosong");
		}
	}

	@Test
	void knowsFormatsByExtensionOnly() {
		assertThat(TableFormat.ofExtension("xlsx")).isEqualTo(TableFormat.XLSX);
		assertThat(TableFormat.ofExtension("CSV")).isEqualTo(TableFormat.CSV);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableFormat.ofExtension("json"))
			.isInstanceOf(NotFoundException.class);
	}
}
