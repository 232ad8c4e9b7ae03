package id.desasadar.imports;

import java.time.Instant;

/** One uploaded file and how far its import has come. */
record ImportJob(long id, ImportKind kind, ImportStatus status, String fileName, FileFormat format, String sha256,
		long fileSize, String uploadedBy, int totalRows, int processedRows, int created, int duplicates, int rejected,
		String failure, Instant createdAt, Instant finishedAt) {

	boolean finished() {
		return status == ImportStatus.DONE || status == ImportStatus.FAILED;
	}

	/** Percent of rows processed, for the progress bar. */
	int percent() {
		return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
	}
}
