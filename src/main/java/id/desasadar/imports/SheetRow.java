package id.desasadar.imports;

import java.util.List;

/** One row of an uploaded table: its line in the file (1 is the header) and its cells as text. */
record SheetRow(int line, List<String> cells) {

	String cell(int index) {
		return index < 0 || index >= cells.size() ? null : cells.get(index);
	}

	boolean blank() {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
