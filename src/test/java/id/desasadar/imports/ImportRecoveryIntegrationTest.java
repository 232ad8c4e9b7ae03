package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.imports.Imports.csv;
import static id.desasadar.imports.Imports.row;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.desasadar.IntegrationTest;
import id.desasadar.account.AccountPrincipal;
import id.desasadar.region.Regions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #5, Faults: a job interrupted after a committed chunk resumes on start-up after that chunk, and no row
 * is imported twice; the background thread runs as the uploader. Issue #7: a job runs only on the instance holding
 * its lease; a lease that ran out is claimed, one still running is left alone, and one taken over meanwhile stops
 * the run with its chunk rolled back.
 */
@IntegrationTest
class ImportRecoveryIntegrationTest {

	@Autowired
	ImportJobs jobs;

	@Autowired
	WorkerImport workerImport;

	@Autowired
	PaymentImport paymentImport;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	ImportRunner runner(int chunkSize, List<RowImport> imports) {
		return new ImportRunner(jobs, imports, regions, accounts, chunkSize);
	}

	long queued(byte[] file, int rows) {
		return transaction.execute(status -> jobs.create(ImportKind.WORKERS, "daftar.csv", FileFormat.CSV, "0".repeat(64),
				file.length, "staff", rows, new ByteArrayInputStream(file)));
	}

	Authentication staff() {
		AccountPrincipal principal = (AccountPrincipal) accounts.loadUserByUsername("staff");
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Test
	void aJobInterruptedAfterACommittedChunkResumesAfterItAndImportsNoRowTwice() throws Exception {
		List<String> niks = List.of(freshWorkerNik(), freshWorkerNik(), freshWorkerNik(), freshWorkerNik());
		byte[] file = utf8(csv(List.of(row(niks.get(0), "Pulih Satu"), row(niks.get(1), "Pulih Dua"),
				row(niks.get(2), "Pulih Tiga"), row(niks.get(0), "Pulih Satu Lagi"), row(niks.get(3), "Pulih Empat"))));
		long id = queued(file, 5);
		ImportRunner beforeTheCrash = runner(2, List.of(workerImport, paymentImport));
		beforeTheCrash.run(id, staff(), 1);
		ImportJob interrupted = jobs.find(id).orElseThrow();
		assertThat(interrupted.status()).isEqualTo(ImportStatus.RUNNING);
		assertThat(interrupted.processedRows()).isEqualTo(2);
		assertThat(interrupted.created()).isEqualTo(2);
		assertThat(count(niks)).isEqualTo(2);

		crashed(id);
		ImportRunner afterTheRestart = runner(2, List.of(workerImport, paymentImport));
		assertThat(new ImportRecovery(jobs, afterTheRestart).resumeUnfinished()).contains(id);
		afterTheRestart.resume(id).get(30, TimeUnit.SECONDS);

		ImportJob done = jobs.find(id).orElseThrow();
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.processedRows()).isEqualTo(5);
		assertThat(done.created()).isEqualTo(4);
		assertThat(done.duplicates()).isZero();
		assertThat(done.rejected()).isEqualTo(1);
		assertThat(jobs.errors(id, 0, 10)).extracting(e -> e.line() + " " + e.field() + " " + e.messageKey())
			.containsExactly("5 nik import.nik.repeated");
		for (String nik : niks) {
			assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Integer.class, nik)).isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, niks.get(0))).isEqualTo("Pulih Satu");
	}

	@Test
	void theBackgroundThreadRunsWithTheUploadersSecurityContext() throws Exception {
		List<String> seen = new ArrayList<>();
		RowImport spy = new RowImport() {
			@Override
			public ImportKind kind() {
				return ImportKind.WORKERS;
			}

			@Override
			public List<Column> columns() {
				return WorkerSheet.COLUMNS;
			}

			@Override
			public void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter) {
				seen.add(Thread.currentThread().getName() + " " + SecurityContextHolder.getContext().getAuthentication().getName());
				transaction.executeWithoutResult(s -> jobs.advance(run.job().id(), processedAfter, 0, 0, List.of()));
			}
		};
		long id = queued(utf8(csv(List.of(row(freshWorkerNik(), "Konteks")))), 1);
		Future<?> run = runner(1000, List.of(spy)).submit(id, staff());
		run.get(30, TimeUnit.SECONDS);
		assertThat(seen).containsExactly("import staff");
		assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportStatus.DONE);
	}

	@Test
	void onlyJobsWhoseLeaseRanOutAreClaimedAndLiveOnesAreRenewed() {
		long abandoned = queued(utf8(csv(List.of(row(freshWorkerNik(), "Ditinggal")))), 1);
		long elsewhere = queued(utf8(csv(List.of(row(freshWorkerNik(), "Di Tempat Lain")))), 1);
		long ours = queued(utf8(csv(List.of(row(freshWorkerNik(), "Milik Sendiri")))), 1);
		crashed(abandoned);
		jdbc.update("update import_job set lease_owner = 'elsewhere', lease_until = now() + interval '1 hour' where id = ?",
				elsewhere);
		jdbc.update("update import_job set lease_until = now() + interval '1 second' where id = ?", ours);

		assertThat(jobs.claimAbandoned()).contains(abandoned).doesNotContain(elsewhere, ours);
		assertThat(jdbc.queryForObject("select lease_owner from import_job where id = ?", String.class, elsewhere))
			.isEqualTo("elsewhere");
		assertThat(jobs.claimAbandoned()).as("claimed, the job is held again").doesNotContain(abandoned);

		jobs.renewLeases();
		assertThat(jdbc.queryForObject("select lease_until > now() + interval '1 minute' from import_job where id = ?",
				Boolean.class, ours)).as("the heartbeat renewed this instance's lease").isTrue();
	}

	@Test
	void aJobHeldByAnotherInstanceIsNotRunHere() {
		String nik = freshWorkerNik();
		long id = queued(utf8(csv(List.of(row(nik, "Bukan Milik Sini")))), 1);
		jdbc.update("update import_job set lease_owner = 'elsewhere' where id = ?", id);

		runner(2, List.of(workerImport, paymentImport)).run(id, staff(), Integer.MAX_VALUE);

		assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
		assertThat(count(List.of(nik))).isZero();
	}

	@Test
	void aJobTakenOverMidwayStopsHereWithItsChunkRolledBack() {
		List<String> niks = List.of(freshWorkerNik(), freshWorkerNik());
		long id = queued(utf8(csv(List.of(row(niks.get(0), "Bagian Satu"), row(niks.get(1), "Bagian Dua")))), 2);
		RowImport takenOverAfterTheFirstChunk = new RowImport() {
			@Override
			public ImportKind kind() {
				return ImportKind.WORKERS;
			}

			@Override
			public List<Column> columns() {
				return workerImport.columns();
			}

			@Override
			public void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter) {
				if (processedAfter == 2) {
					// this instance was thought gone, and another claimed the job meanwhile
					jdbc.update("update import_job set lease_owner = 'elsewhere' where id = ?", id);
				}
				workerImport.importChunk(run, header, rows, processedAfter);
			}
		};

		runner(1, List.of(takenOverAfterTheFirstChunk)).run(id, staff(), Integer.MAX_VALUE);

		ImportJob job = jobs.find(id).orElseThrow();
		assertThat(job.status()).as("left to the instance that holds it").isEqualTo(ImportStatus.RUNNING);
		assertThat(job.processedRows()).isEqualTo(1);
		assertThat(count(List.of(niks.get(0)))).isEqualTo(1);
		assertThat(count(List.of(niks.get(1)))).as("the second chunk rolled back").isZero();
	}

	/** The job's instance died: its lease ran out. */
	private void crashed(long id) {
		jdbc.update("update import_job set lease_owner = 'crashed', lease_until = now() - interval '1 second' where id = ?",
				id);
	}

	private int count(List<String> niks) {
		return jdbc.queryForObject("select count(*) from worker where nik = any (?)", Integer.class,
				(Object) niks.toArray(String[]::new));
	}
}
