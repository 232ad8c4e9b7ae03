package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;

import tools.jackson.databind.json.JsonMapper;

/** A rejected constraint is logged by its name: PostgreSQL's message carries the values of the row (a NIK). */
@ExtendWith(OutputCaptureExtension.class)
class ConstraintLogUnitTest {

	@Test
	void logsTheConstraintNameWithoutTheValues(CapturedOutput output) {
		String detail = "ERROR: duplicate key value violates unique constraint \"worker_nik_key\"\n"
				+ "  Detail: Key (nik)=(3326121203850001) already exists.";
		var violation = new ConstraintViolationException(detail, new SQLException(detail, "23505"), "insert ...",
				"worker_nik_key");
		var handler = new ApiExceptionHandler(new ApiProblems(new StaticMessageSource(), JsonMapper.builder().build()));

		handler.conflict(new DataIntegrityViolationException(detail, violation));

		assertThat(output).contains("worker_nik_key").doesNotContain("3326121203850001");
	}
}
