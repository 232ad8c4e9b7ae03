package id.desasadar.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column is in a file, from its header row. A header that names no known column is refused
 * (a typo would otherwise drop a field silently), except a row-number column; so is a file without a
 * required column, with all of them named at once.
 */
final class Header {

	private static final List<String> IGNORED = List.of("no", "nomor", "nourut", "number");

	private final Map<String, Integer> positions;

	private Header(Map<String, Integer> positions) {
		this.positions = positions;
	}

	static Header of(SheetRow row, List<Column> columns) {
		Map<String, Integer> positions = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			String text = row.cells().get(i);
			if (text == null || text.isBlank() || IGNORED.contains(Column.key(text))) {
				continue;
			}
			final int index = i;
			columns.stream().filter(column -> column.matches(text)).findFirst().ifPresentOrElse(column -> {
				if (positions.putIfAbsent(column.field(), index) != null) {
					unknown.add(text.strip());
				}
			}, () -> unknown.add(text.strip()));
		}
		if (positions.isEmpty()) {
			throw new UnreadableFile("import.file.no-header");
		}
		if (!unknown.isEmpty()) {
			throw new UnreadableFile("import.file.unknown-columns", String.join(", ", unknown));
		}
		List<String> missing = columns.stream().filter(Column::required).filter(c -> !positions.containsKey(c.field()))
			.map(Column::header).toList();
		if (!missing.isEmpty()) {
			throw new UnreadableFile("import.file.missing-columns", String.join(", ", missing));
		}
		return new Header(positions);
	}

	/** The cell of {@code field} in the row, {@code null} when the file has no such column. */
	String value(SheetRow row, String field) {
		Integer index = positions.get(field);
		return index == null ? null : row.cell(index);
	}

	boolean has(String field) {
		return positions.containsKey(field);
	}
}
