package id.desasadar.imports;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports survive a stop, and with several instances each runs on exactly one of them. An unfinished job whose
 * lease ran out (its instance stopped, or died mid-import) is claimed by whichever instance looks first, at its
 * start and then every {@code desa-sadar.imports.recovery-interval}, and resumes there after its last committed
 * chunk, whose rows and counts committed together. Meanwhile every instance renews the leases of its own jobs
 * (the heartbeat), so a job whose instance is alive is never taken. Neither needs the scheduled-work lock: the
 * claim itself is one atomic statement.
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

	@Scheduled(initialDelayString = "${desa-sadar.imports.recovery-interval:PT1M}",
			fixedDelayString = "${desa-sadar.imports.recovery-interval:PT1M}")
	void scheduledRecovery() {
		try {
			resumeUnfinished();
		}
		catch (DataAccessException ex) {
			log.warn("Looking for abandoned imports failed, next turn tries again: {}", ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${desa-sadar.imports.heartbeat:PT30S}")
	void heartbeat() {
		try {
			jobs.renewLeases();
		}
		catch (DataAccessException ex) {
			log.warn("Leases of this instance's imports not renewed: {}", ex.getMessage());
		}
	}

	/** Claims the abandoned jobs and queues them here; answers their ids. */
	List<Long> resumeUnfinished() {
		List<Long> claimed = jobs.claimAbandoned();
		for (long id : claimed) {
			log.info("Resuming import {}", id);
			runner.resume(id);
		}
		return claimed;
	}
}
