package id.desasadar.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start-up, every job that was queued or running when the application stopped goes back to the queue:
 * it resumes after its last committed chunk, whose rows and counts committed together.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobs jobs;
	private final ImportRunner runner;

	ImportRecovery(ImportJobs jobs, ImportRunner runner) {
		this.jobs = jobs;
		this.runner = runner;
	}

	@Override
	public void run(ApplicationArguments args) {
		resumeUnfinished();
	}

	void resumeUnfinished() {
		for (long id : jobs.unfinished()) {
			log.info("Resuming import {}", id);
			runner.resume(id);
		}
	}
}
