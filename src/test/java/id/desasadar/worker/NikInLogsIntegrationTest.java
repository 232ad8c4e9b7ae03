package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #6, nothing personal in logs: when parallel registrations of one NIK meet the unique index, PostgreSQL's
 * error carries the row's values ("Key (nik)=(...) already exists"); the driver is told to leave that detail
 * out of its messages (logServerErrorDetail=false), so neither Hibernate's warning nor ours writes the NIK.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NikInLogsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDuplicateNikMetInTheDatabaseIsNotWrittenToTheLog(CapturedOutput output) throws Exception {
		String nik = freshWorkerNik();
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			requests.add(post("staff", "/api/v1/workers", workerJson(nik, "Log Rahasia Contoh")));
		}
		List<Integer> statuses = statusesAtOnce(mvc, requests);
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(output.getAll()).doesNotContain(nik);
	}

	/**
	 * The embedded server's own log lines reach the application's log when it was started in this process (in a
	 * full build they did, with "DETAIL: Key (nik)=(...)"): it logs errors without their detail and statement.
	 */
	@Test
	void theEmbeddedServerLogsErrorsWithoutTheirDetailOrStatement() {
		assertThat(jdbc.queryForObject("select current_setting('log_error_verbosity')", String.class)).isEqualTo("terse");
		assertThat(jdbc.queryForObject("select current_setting('log_min_error_statement')", String.class)).isEqualTo("panic");
	}
}
