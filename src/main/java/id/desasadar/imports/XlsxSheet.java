package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX, read with POI's streaming SAX reader (XSSFReader and XSSFSheetXMLHandler) rather
 * than a workbook in memory, so that memory does not grow with the sheet. POI's zip-bomb guard
 * (ZipSecureFile: a minimum inflate ratio and a maximum entry size) refuses a file that would inflate beyond
 * reason. Dates come as ISO dates and whole numbers without exponent (a NIK typed as a number), whatever the
 * cell's display format.
 */
class XlsxSheet implements SheetReader {

	private final Path file;

	XlsxSheet(Path file) {
		this.file = file;
	}

	@Override
	public void read(Consumer<SheetRow> rows) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFile("import.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Rows(rows), new IsoFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof RowFailure failure) {
					throw (RuntimeException) failure.getCause();
				}
			}
			// POI reports a zip bomb as an IOException, which the XML parser or POI may wrap on the way out.
			throw new UnreadableFile(bomb(ex) ? "import.file.zip-bomb" : "import.file.not-xlsx");
		}
	}

	private static boolean bomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
				return true;
			}
		}
		return false;
	}

	/** What the row's consumer threw (a bad header, a failed chunk), carried through the parser unchanged. */
	private static final class RowFailure extends RuntimeException {

		RowFailure(RuntimeException cause) {
			super(cause);
		}
	}

	/** Collects the cells of each row by column, leaving gaps for empty cells. */
	private static final class Rows implements SheetContentsHandler {

		private final Consumer<SheetRow> rows;
		private List<String> cells = new ArrayList<>();

		Rows(Consumer<SheetRow> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			try {
				rows.accept(new SheetRow(rowNum + 1, cells));
			}
			catch (RuntimeException ex) {
				throw new RowFailure(ex);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue);
		}
	}

	/** Dates as {@code 1985-03-12}, whole numbers in full; everything else as the sheet shows it. */
	private static final class IsoFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
				return date.toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e17) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}
	}
}
