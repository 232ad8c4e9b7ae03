package id.desasadar.support;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A table written one row at a time, so that an export of any length streams with flat memory. Cells are
 * {@code null} (empty), numbers (kept as numbers), dates or text. {@link #finish()} completes the file; the
 * stream itself stays open for its owner.
 */
public interface TableWriter {

	TableWriter row(List<?> cells);

	default TableWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/** Writes what is still buffered and ends the file (an XLSX is only readable once finished). */
	void finish();

	/** A writer of {@code format} into {@code out}; {@code title} names the sheet where the format has sheets. */
	static TableWriter open(TableFormat format, OutputStream out, String title) {
		return switch (format) {
			case CSV -> CsvWriter.forSpreadsheets(out);
			case XLSX -> new XlsxWriter(out, title);
		};
	}
}
