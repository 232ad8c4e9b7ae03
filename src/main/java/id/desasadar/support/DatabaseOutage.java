package id.desasadar.support;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, the network gone), as
 * opposed to a bug: the user is then told that nothing was saved and to try again shortly, with {@code 503},
 * rather than shown a general error. Whatever the request was doing is rolled back by PostgreSQL with its
 * transaction, so nothing is half-applied.
 */
public final class DatabaseOutage {

	/** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
	public static final int RETRY_AFTER_SECONDS = 30;

	private DatabaseOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
				return true;
			}
			// Commit or rollback failing in JDBC: the connection broke mid-transaction (Hikari's "Connection is
			// closed" carries no SQLSTATE), and Spring then throws this instead of the failure that came first.
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
				return true;
			}
			// A rollback that failed too (the connection was gone) carries the first failure aside, not as cause.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& causedBy(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down, crashed, or not yet
	 * accepting connections): PostgreSQL's codes for a database that is not there.
	 */
	static boolean connectionLost(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}
}
