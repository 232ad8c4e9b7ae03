package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageUnitTest {

	@Test
	void recognisesTheDatabaseGoneWhereverItSitsInTheChain() {
		assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("refused")))).isTrue();
		var terminated = new JpaSystemException(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseOutage.causedBy(terminated)).isTrue();
		TransactionSystemException rollbackFailed = new TransactionSystemException("Unable to rollback");
		rollbackFailed.initApplicationException(terminated);
		assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("closed", "08003"))).isTrue();
		assertThat(DatabaseOutage.causedBy(new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
	}

	@Test
	void leavesBugsAndRuleViolationsAlone() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key", "23505")))).isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new TransactionSystemException("commit failed"))).isFalse();
	}
}
