package id.desasadar.imports;

import java.util.List;

import id.desasadar.support.ApiProblems;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A job as the API and the pages show it, with the row errors in the reader's language. */
@Component
class ImportReports {

	/** Errors listed in the JSON answer; the page pages through all of them and downloads them as CSV. */
	static final int ERRORS_IN_JSON = 1000;

	private final ImportJobs jobs;
	private final ApiProblems problems;
	private final ImportChoices choices;

	ImportReports(ImportJobs jobs, ApiProblems problems, ImportChoices choices) {
		this.jobs = jobs;
		this.problems = problems;
		this.choices = choices;
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
		Object[] args = error.args().toArray();
		if (error.messageKey().equals(ImportChoices.UNKNOWN) || error.messageKey().equals(ImportChoices.UNKNOWN_PROGRAMS)) {
			// The labels in the language of whoever reads the error, not of whoever uploaded the file.
			args = new Object[] { error.args().get(0), choices.labels(error.field(), LocaleContextHolder.getLocale()) };
		}
		return new ImportView.Error(error.line(), error.field(), problems.message(error.messageKey(), error.messageKey(), args));
	}

	String failure(ImportJob job) {
		return job.failure() == null ? null : problems.message(job.failure(), job.failure());
	}
}
