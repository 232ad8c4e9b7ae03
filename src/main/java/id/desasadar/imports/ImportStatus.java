package id.desasadar.imports;

/** api.md, Bulk import: a job waits, runs, and ends done (good rows kept, bad ones listed) or failed. */
enum ImportStatus {
	QUEUED, RUNNING, DONE, FAILED
}
