package id.desasadar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The actor is asked before a connection is taken. With page sessions in PostgreSQL, asking who is signed in may
 * load the session over a connection of its own; a thread holding one connection while it waits for a second is
 * how the pool ran dry under the load test. Plain objects stand in for the pool here: this is about the order of
 * two calls, not about the database (AuditTrailIntegrationTest covers the actor on real PostgreSQL).
 */
class ActorDataSourceUnitTest {

	final AtomicInteger open = new AtomicInteger();
	final AtomicInteger mostOpenAtOnce = new AtomicInteger();
	final List<String> actorsSet = new ArrayList<>();
	final DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
			new Class<?>[] { DataSource.class }, (proxy, method, args) -> method.getName().equals("getConnection")
					? connection() : null);

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void asksWhoActsBeforeTakingAConnectionSoThatLoadingTheSessionNeverNestsTwo() throws Exception {
		ActorDataSource dataSource = new ActorDataSource(pool);
		// As Spring Security's deferred context over a session kept in the database: the first question loads it,
		// through the session store.
		SecurityContextHolder.setDeferredContext(() -> {
			try {
				return (SecurityContextImpl) ActorDataSource.asSessionStore(() -> {
					try (Connection sessionRead = dataSource.getConnection()) {
						return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
					}
				});
			}
			catch (Throwable ex) {
				throw new IllegalStateException(ex);
			}
		});

		try (Connection work = dataSource.getConnection()) {
			assertThat(open.get()).isEqualTo(1);
		}

		assertThat(mostOpenAtOnce.get()).as("connections held at once by one thread").isEqualTo(1);
		assertThat(actorsSet).as("the session's own read sets no actor; the work acts as the signed-in account")
			.containsExactly("staff");
	}

	@Test
	void theSessionStoresConnectionsNeverAskWhoIsSignedInSoTheSessionIsLoadedOnce() throws Throwable {
		ActorDataSource dataSource = new ActorDataSource(pool);
		AtomicInteger questions = new AtomicInteger();
		SecurityContextHolder.setDeferredContext(() -> {
			questions.incrementAndGet();
			return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
		});

		ActorDataSource.asSessionStore(() -> {
			try (Connection sessionRead = dataSource.getConnection()) {
				return null;
			}
		});

		assertThat(questions.get()).as("who is signed in, asked while the session is loaded").isZero();
		assertThat(actorsSet).as("its tables are not audited: no actor to set").isEmpty();
	}

	@Test
	void theSessionStoreLeavesTheActorOfAConnectionAsItWasSoTheNextRequestNeedsNoneSet() throws Throwable {
		ActorDataSource dataSource = new ActorDataSource(pool);
		signIn("staff");
		dataSource.getConnection().close();
		ActorDataSource.asSessionStore(() -> {
			dataSource.getConnection().close();
			return null;
		});
		dataSource.getConnection().close();

		assertThat(actorsSet).as("set once, for the person; not to the system and back around the session's save")
			.containsExactly("staff");
	}

	@Test
	void actsAsTheSystemWhenNobodyIsSignedIn() throws Exception {
		try (Connection work = new ActorDataSource(pool).getConnection()) {
			assertThat(actorsSet).containsExactly(ActorDataSource.SYSTEM);
		}
	}

	@Test
	void setsTheActorOnAPhysicalConnectionOnlyWhenItChanges() throws Exception {
		ActorDataSource dataSource = new ActorDataSource(pool);
		signIn("staff");
		dataSource.getConnection().close();
		dataSource.getConnection().close();
		signIn("manager");
		dataSource.getConnection().close();
		SecurityContextHolder.clearContext();
		dataSource.getConnection().close();

		assertThat(actorsSet).as("the pool hands out the same physical connection each time")
			.containsExactly("staff", "manager", ActorDataSource.SYSTEM);
	}

	@Test
	void forgetsTheActorOfAConnectionTakenInsideATransactionWhereARollbackWouldUndoIt() throws Exception {
		autoCommit = false;
		ActorDataSource dataSource = new ActorDataSource(pool);
		signIn("staff");
		dataSource.getConnection().close();
		dataSource.getConnection().close();

		assertThat(actorsSet).containsExactly("staff", "staff");
	}

	static void signIn(String username) {
		SecurityContextHolder.setContext(
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
	}

	boolean autoCommit = true;

	/** The pool's one physical connection, which every handed-out connection wraps. */
	final Connection physical = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
			new Class<?>[] { Connection.class }, (proxy, method, args) -> switch (method.getName()) {
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> null;
			});

	Connection connection() {
		mostOpenAtOnce.accumulateAndGet(open.incrementAndGet(), Math::max);
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> switch (method.getName()) {
					case "prepareStatement" -> statement();
					case "isWrapperFor" -> true;
					case "unwrap" -> physical;
					case "getAutoCommit" -> autoCommit;
					case "close" -> {
						open.decrementAndGet();
						yield null;
					}
					default -> null;
				});
	}

	PreparedStatement statement() {
		return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> switch (method.getName()) {
					case "setString" -> {
						actorsSet.add((String) args[1]);
						yield null;
					}
					case "execute" -> false;
					default -> null;
				});
	}
}
