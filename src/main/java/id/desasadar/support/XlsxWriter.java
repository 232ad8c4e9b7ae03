package id.desasadar.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX workbook row by row with POI's streaming workbook: only the last {@value #ROWS_IN_MEMORY} rows
 * are held in memory, the rest go to a compressed temporary file until {@link #finish()} zips the workbook
 * into the stream and deletes it. Text goes in as inline strings (no shared-string table growing with the
 * file) and is never a formula, whatever it starts with; numbers stay numbers, dates are dates. A sheet holds
 * at most 1,048,576 rows: a longer table goes on in a next sheet, under the same header row.
 */
final class XlsxWriter implements TableWriter {

	static final int ROWS_IN_MEMORY = 200;

	/** Excel's limit of rows per sheet. */
	static final int EXCEL_ROWS = 1_048_576;

	private final OutputStream out;
	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
	private final String title;
	private final int rowsPerSheet;
	private final CellStyle dateStyle;
	private SXSSFSheet sheet;
	private List<?> header;
	private int rowsInSheet;

	XlsxWriter(OutputStream out, String title) {
		this(out, title, EXCEL_ROWS);
	}

	XlsxWriter(OutputStream out, String title, int rowsPerSheet) {
		this.out = out;
		this.title = title;
		this.rowsPerSheet = rowsPerSheet;
		workbook.setCompressTempFiles(true);
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
	}

	@Override
	public XlsxWriter row(List<?> cells) {
		if (header == null) {
			header = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
		}
		if (sheet == null || rowsInSheet == rowsPerSheet) {
			sheet = workbook.createSheet(sheetName(workbook.getNumberOfSheets() + 1));
			rowsInSheet = 0;
			if (workbook.getNumberOfSheets() > 1) {
				write(header);
			}
		}
		write(cells);
		return this;
	}

	private void write(List<?> cells) {
		Row row = sheet.createRow(rowsInSheet++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			var cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(dateStyle);
			}
			else if (value instanceof LocalDateTime time) {
				cell.setCellValue(time);
				cell.setCellStyle(dateStyle);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	/** The title, made a legal sheet name, numbered from the second sheet on. */
	private String sheetName(int number) {
		String name = number == 1 ? title : title + " (" + number + ")";
		return WorkbookUtil.createSafeSheetName(name);
	}

	@Override
	public void finish() {
		try (workbook) {
			if (sheet == null) {
				sheet = workbook.createSheet(sheetName(1));
			}
			workbook.write(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
