package id.desasadar.imports;

import java.util.List;

/** One row of an uploaded table: its line in the file (1 is the header) and its cells as text. */
record SheetRow(int line, List<String> cells) {

	String cell(int index) {
		return index < 0 || index >= cells.size() ? null : cells.get(index);
	}

	/**
	 * A note, not data: its first filled cell begins with {@code #}, as the guide row of the templates does
	 * (issue #19, item 3), so a template sent back with it is not refused for it.
	 */
	boolean note() {
		return cells.stream().filter(cell -> cell != null && !cell.isBlank()).findFirst()
			.map(cell -> cell.strip().startsWith("#")).orElse(false);
	}

	boolean blank() {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
