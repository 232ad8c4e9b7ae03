package id.desasadar.imports;

import java.util.List;

/** Imports the rows of one kind of file, a chunk at a time, each chunk committed with the job's progress. */
interface RowImport {

	ImportKind kind();

	List<Column> columns();

	/** Imports {@code rows}, the file's data rows up to number {@code processedAfter}, and records the progress. */
	void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter);

	/** Rebuilds what a resumed run remembers of a row imported before the interruption. */
	default void skip(ImportRun run, Header header, SheetRow row) {
	}
}
