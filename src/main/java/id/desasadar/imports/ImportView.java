package id.desasadar.imports;

import java.util.List;

/** api.md, Bulk import: {@code GET /api/v1/imports/{id}}. */
record ImportView(long id, String kind, String status, String fileName, int totalRows, int processedRows, int created,
		int duplicates, int rejected, String failure, long errorCount, List<Error> errors) {

	/** A rejected row: its line in the file, the field, and why, in the caller's language. */
	record Error(int line, String field, String message) {
	}
}
