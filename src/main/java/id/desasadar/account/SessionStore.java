package id.desasadar.account;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import jakarta.servlet.DispatcherType;

/**
 * Page sessions in PostgreSQL (Spring Session JDBC, tables of V13), so that every instance serves every signed-in
 * person. Spring Boot sets up the repository and its filter from {@code spring.session.*} and the cookie from
 * {@code server.servlet.session.cookie.*}; this adds what the application needs around them: an outage of the
 * database answered with the 503 page ({@link SessionStoreOutage}), health and static files served without the
 * session ({@link SessionlessRequests}), and a session attribute that can no longer be
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

	/**
	 * The pages' CSRF token in a cookie of its own (HttpOnly, SameSite=Lax, Secure as the session cookie) rather
	 * than in the session: the sign-in form then needs no session row before the password is checked, so it works
	 * (and says the database is away) during an outage, and visitors who never sign in leave no row behind.
	 * Spring Security still masks the token in every form and checks it against the cookie.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secure));
		return tokens;
	}

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
