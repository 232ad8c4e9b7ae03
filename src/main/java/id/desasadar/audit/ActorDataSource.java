package id.desasadar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells PostgreSQL who acts, on every connection handed out: the session setting {@code desasadar.actor} that
 * the audit triggers read (V9). Checked at each checkout, since a pooled connection served someone else before;
 * {@value #SYSTEM} when no account is signed in (start-up, demo data, scheduled work).
 * <p>
 * A request takes a connection for each of its transactions and reads (a dozen or more for a booth registration),
 * and the pool hands a thread the connection it had last: so each physical connection remembers the actor it was
 * given, and the setting is sent only when that changes (a round trip saved at most checkouts). It is remembered
 * only when set outside a transaction, where it takes effect at once and no rollback can undo it.
 */
class ActorDataSource extends DelegatingDataSource {

	static final String SYSTEM = "system";

	/**
	 * Set while the page-session store works on this thread (see {@link ActorOnConnections}). Its tables are not
	 * audited, and it is what answers "who is signed in": a connection it takes must not ask that question, which
	 * would load the session a second time, nested in the first load. Its connections are handed out as they are,
	 * the actor they had left unchanged: setting one no trigger reads would cost two round trips a request (to
	 * the system and back to the person).
	 */
	private static final ThreadLocal<Boolean> SESSION_STORE = new ThreadLocal<>();

	/** The actor last set on each physical connection; forgotten with the connection. */
	private final Map<Connection, String> actors = Collections.synchronizedMap(new WeakHashMap<>());

	ActorDataSource(DataSource target) {
		super(target);
	}

	/*
	 * Who acts is asked before the connection is taken, never while holding it: asking may load the page session
	 * over a connection of its own, and a thread that held one connection while waiting for a second could, with
	 * every thread doing the same under load, hold the whole pool and wait for ever (the load test did: every
	 * connection taken, 200 requests waiting, 503 after 5 s).
	 */
	@Override
	public Connection getConnection() throws SQLException {
		if (SESSION_STORE.get() != null) {
			return super.getConnection();
		}
		String actor = actor();
		return withActor(super.getConnection(), actor);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		if (SESSION_STORE.get() != null) {
			return super.getConnection(username, password);
		}
		String actor = actor();
		return withActor(super.getConnection(username, password), actor);
	}

	private Connection withActor(Connection connection, String actor) throws SQLException {
		try {
			Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
					: connection;
			if (actor.equals(actors.get(physical))) {
				return connection;
			}
			try (PreparedStatement statement = connection
				.prepareStatement("select set_config('desasadar.actor', ?, false)")) {
				statement.setString(1, actor);
				statement.execute();
			}
			if (connection.getAutoCommit()) {
				actors.put(physical, actor);
			}
			else {
				actors.remove(physical);
			}
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Runs work of the page-session store: its connections are taken without asking who acts. */
	static Object asSessionStore(SessionStoreWork work) throws Throwable {
		if (SESSION_STORE.get() != null) {
			return work.run();
		}
		SESSION_STORE.set(Boolean.TRUE);
		try {
			return work.run();
		}
		finally {
			SESSION_STORE.remove();
		}
	}

	/** A call into the page-session store. */
	interface SessionStoreWork {

		Object run() throws Throwable;
	}

	/** The signed-in account's username, as the records' own created_by columns have it. */
	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
			return SYSTEM;
		}
		String name = authentication.getName();
		return name.length() > 60 ? name.substring(0, 60) : name;
	}
}
