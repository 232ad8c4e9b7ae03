package id.desasadar.account;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import jakarta.servlet.DispatcherType;

/**
 * Page sessions in PostgreSQL (Spring Session JDBC, tables of V13), so that every instance serves every signed-in
 * person. Spring Boot sets up the repository and its filter from {@code spring.session.*} and the cookie from
 * {@code server.servlet.session.cookie.*}; this adds what the application needs around them: an outage of the
 * database answered with the 503 page ({@link SessionStoreOutage}), health and static files served without the
 * session ({@link SessionlessRequests}), a session's row written for its last access alone at most once a minute
 * ({@link #lastAccessWrittenOncePerMinute}), and a session attribute that can no longer be
 * read (written by an older release with a class since changed) read as absent, so that person signs in again
 * rather than meeting an error on every page until the session expires.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

	/** Before Spring Session's filter, which would load the session of the cookie. */
	@Bean
	FilterRegistrationBean<SessionlessRequests> sessionlessRequests(
			@Value("${server.servlet.session.cookie.name:SESSION}") String cookieName) {
		FilterRegistrationBean<SessionlessRequests> registration = new FilterRegistrationBean<>(
				new SessionlessRequests(cookieName));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Just inside Spring Session's filter, so that it saves the session before the page is committed. */
	@Bean
	FilterRegistrationBean<SessionSavedOnce> sessionSavedOnce() {
		FilterRegistrationBean<SessionSavedOnce> registration = new FilterRegistrationBean<>(new SessionSavedOnce());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Just outside Spring Session's filter, which loads and saves the session. */
	@Bean
	FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage(
			@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> pages, ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(
				new SessionStoreOutage(pages, locales));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** The pages' CSRF token: in the session where there is one, else in a cookie ({@link SessionBoundCsrfTokens}). */
	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		return new SessionBoundCsrfTokens(secure);
	}

	/**
	 * Spring Session writes a session's row at every request of it, if only to move its last access on: a new row
	 * version with three index entries, and a write transaction, for every page read. Here the row is written only
	 * when the last access stored is a minute old or more, or when something else of it changed (a new id at
	 * sign-in, the account, the idle limit); attributes are written as before. A session left idle thus ends up to a
	 * minute before its idle limit is up. Applied after Spring Boot's customizer, which names the table (and so
	 * writes every query afresh).
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
	}

	/**
	 * Spring Session's own update, the same parameters in the same order, skipped when only the last access moved,
	 * by less than a minute (60,000 ms) from the one stored. The ids are cast to the columns' CHAR(36), so that the
	 * primary key's index finds the row; the principal's name to VARCHAR without a length, so that a name too long
	 * for the column fails as in Spring Session's own update instead of being cut short by the cast.
	 */
	static final String UPDATE_SESSION = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL,
				EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR),
				CAST(? AS CHAR(36)))) AS V (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
				AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
					OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
					OR V.LAST_ACCESS_TIME >= S.LAST_ACCESS_TIME + 60000)
			""";

	/** Spring Session JDBC takes the bean of this name to turn attributes into bytes and back. */
	@Bean
	ConversionService springSessionConversionService() {
		ClassLoader classes = SessionStore.class.getClassLoader();
		DeserializingConverter deserializer = new DeserializingConverter(classes);
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.warn("A session attribute could not be read, and is dropped: {}", ex.getMessage());
				return null;
			}
		});
		return conversion;
	}
}
