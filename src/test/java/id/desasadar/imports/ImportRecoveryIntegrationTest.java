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
 * is imported twice; the background thread runs as the uploader.
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

		ImportRunner afterTheRestart = runner(2, List.of(workerImport, paymentImport));
		new ImportRecovery(jobs, afterTheRestart).resumeUnfinished();
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

	private int count(List<String> niks) {
		return jdbc.queryForObject("select count(*) from worker where nik = any (?)", Integer.class,
				(Object) niks.toArray(String[]::new));
	}
}
