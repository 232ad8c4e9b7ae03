package id.desasadar.imports;

import java.util.List;

import id.desasadar.support.ApiProblems;

import org.springframework.stereotype.Component;

/** A job as the API and the pages show it, with the row errors in the reader's language. */
@Component
class ImportReports {

	/** Errors listed in the JSON answer; the page pages through all of them and downloads them as CSV. */
	static final int ERRORS_IN_JSON = 1000;

	private final ImportJobs jobs;
	private final ApiProblems problems;

	ImportReports(ImportJobs jobs, ApiProblems problems) {
		this.jobs = jobs;
		this.problems = problems;
	}

	ImportView view(ImportJob job) {
		return new ImportView(job.id(), job.kind().name(), job.status().name(), job.fileName(), job.totalRows(),
				job.processedRows(), job.created(), job.duplicates(), job.rejected(), failure(job),
				jobs.errorCount(job.id()), errors(job, 0, ERRORS_IN_JSON));
	}

	List<ImportView.Error> errors(ImportJob job, int offset, int limit) {
		return jobs.errors(job.id(), offset, limit).stream().map(this::error).toList();
	}

	ImportView.Error error(RowError error) {
		return new ImportView.Error(error.line(), error.field(),
				problems.message(error.messageKey(), error.messageKey(), error.args().toArray()));
	}

	String failure(ImportJob job) {
		return job.failure() == null ? null : problems.message(job.failure(), job.failure());
	}
}
