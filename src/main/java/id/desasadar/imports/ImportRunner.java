package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.desasadar.account.AccountPrincipal;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs imports in the background, one at a time, as the uploader: the thread holds the uploader's security
 * context, so that whatever keys on the current user (an audit trail) sees them. Rows go in chunks, each
 * committed with the job's progress; a job interrupted by a stop resumes after its last committed chunk
 * ({@link ImportRecovery}), so no row is imported twice. A job runs only while this instance holds its lease
 * ({@link ImportJobs}); at shutdown the running job stops after its current chunk, and the leases are released
 * so that another instance (or this one, restarted) takes the jobs over at once.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	/** Thrown to stop a run after a number of chunks, as a crash would (tests), or at shutdown. */
	static final class Stopped extends RuntimeException {
		Stopped() {
			super("stopped", null, false, false);
		}
	}

	private final ImportJobs jobs;
	private final Map<ImportKind, RowImport> imports;
	private final Regions regions;
	private final UserDetailsService accounts;
	private final int chunkSize;
	private volatile boolean stopping;
	// Not a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor for everyone.
	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import");
		thread.setDaemon(true);
		return thread;
	});

	ImportRunner(ImportJobs jobs, List<RowImport> imports, Regions regions, UserDetailsService accounts,
			@Value("${desa-sadar.imports.chunk-size:1000}") int chunkSize) {
		this.jobs = jobs;
		this.imports = imports.stream().collect(Collectors.toMap(RowImport::kind, Function.identity()));
		this.regions = regions;
		this.accounts = accounts;
		this.chunkSize = chunkSize;
	}

	RowImport importOf(ImportKind kind) {
		return imports.get(kind);
	}

	/** Queues the job, to run as the account that uploaded it. */
	Future<?> submit(long jobId, Authentication uploader) {
		return executor.submit(() -> run(jobId, uploader, Integer.MAX_VALUE));
	}

	/** Queues an unfinished job again, as its uploader, loaded afresh (the sign-in is gone after a restart). */
	Future<?> resume(long jobId) {
		return executor.submit(() -> {
			ImportJob job = jobs.find(jobId).orElseThrow();
			Authentication uploader;
			try {
				AccountPrincipal principal = (AccountPrincipal) accounts.loadUserByUsername(job.uploadedBy());
				if (!principal.isEnabled()) {
					throw new UsernameNotFoundException("disabled");
				}
				uploader = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
			}
			catch (UsernameNotFoundException ex) {
				jobs.finish(jobId, ImportStatus.FAILED, "import.failed.account");
				return;
			}
			run(jobId, uploader, Integer.MAX_VALUE);
		});
	}

	/** Runs a job, stopping (as a crash would) after {@code maxChunks} chunks. */
	void run(long jobId, Authentication uploader, int maxChunks) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(uploader);
		SecurityContextHolder.setContext(context);
		try {
			ImportJob job = jobs.find(jobId).orElseThrow();
			if (job.finished()) {
				return;
			}
			if (!jobs.start(jobId)) {
				log.info("Import {} is held by another instance", jobId);
				return;
			}
			RowImport rows = imports.get(job.kind());
			ImportRun run = new ImportRun(job, ((AccountPrincipal) uploader.getPrincipal()).viewer(),
					code -> regions.findVillage(code).isPresent(),
					codes -> regions.findByCodes(codes).stream().filter(Region::isVillage).map(Region::getCode)
						.collect(Collectors.toSet()));
			process(job, rows, run, maxChunks);
			jobs.finish(jobId, ImportStatus.DONE, null);
		}
		catch (Stopped ex) {
			log.info("Import {} stopped as asked", jobId);
		}
		catch (ImportJobs.LeaseLost ex) {
			log.warn("Import {} was taken over by another instance; its last chunk here was rolled back", jobId);
		}
		catch (UnreadableFile ex) {
			jobs.finish(jobId, ImportStatus.FAILED, ex.reason());
		}
		catch (RuntimeException | IOException ex) {
			if (stopping) {
				// The application is shutting down (its database pool too): the job resumes after its last chunk.
				log.info("Import {} interrupted by the shutdown", jobId);
				return;
			}
			log.error("Import {} failed", jobId, ex);
			jobs.finish(jobId, ImportStatus.FAILED, "import.failed.internal");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void process(ImportJob job, RowImport rows, ImportRun run, int maxChunks) throws IOException {
		int alreadyProcessed = job.processedRows();
		Set<Integer> rejectedBefore = alreadyProcessed == 0 ? Set.of() : new HashSet<>(jobs.rejectedLines(job.id()));
		List<SheetRow> chunk = new ArrayList<>(chunkSize);
		Header[] header = new Header[1];
		int[] index = { 0 };
		int[] chunks = { 0 };
		try (InputStream in = jobs.content(job.id())) {
			UploadedFile.read(job.format(), in, rows.columns(), (h, row) -> {
				header[0] = h;
				index[0]++;
				if (index[0] <= alreadyProcessed) {
					if (!rejectedBefore.contains(row.line())) {
						rows.skip(run, h, row);
					}
					return;
				}
				chunk.add(row);
				if (chunk.size() == chunkSize) {
					if (chunks[0]++ == maxChunks || Thread.currentThread().isInterrupted()) {
						throw new Stopped();
					}
					rows.importChunk(run, h, chunk, index[0]);
					chunk.clear();
				}
			});
		}
		if (!chunk.isEmpty()) {
			if (chunks[0] == maxChunks) {
				throw new Stopped();
			}
			rows.importChunk(run, header[0], chunk, index[0]);
		}
	}

	/**
	 * The running job stops after the chunk it is on (committed whole or not at all); once it has, this instance's
	 * unfinished jobs are released for others. A job that does not stop in time keeps its lease until it expires.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		executor.shutdownNow();
		if (executor.awaitTermination(10, TimeUnit.SECONDS)) {
			try {
				jobs.releaseLeases();
			}
			catch (DataAccessException ex) {
				log.warn("Leases of unfinished imports not released, they expire: {}", ex.getMessage());
			}
		}
	}
}
