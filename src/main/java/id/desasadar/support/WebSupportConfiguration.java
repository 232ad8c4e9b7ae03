package id.desasadar.support;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * What every page and endpoint shares: Bahasa Indonesia unless {@code ?lang=en} was chosen (remembered in a
 * cookie), the paging shape of api.md ({@code {content, page}}) with {@code sort} checked against each
 * endpoint's allowed list ({@link SortCheck}), and the clock in Indonesia's western time.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebSupportConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/**
	 * The branch's time zone, Western Indonesian Time (WIB) unless {@code DESA_SADAR_BRANCH_TIME_ZONE} says
	 * otherwise ({@code Asia/Makassar} for WITA, {@code Asia/Jayapura} for WIT): "today" and "this month" are
	 * those of the villages, not of UTC, and the pages show times in it.
	 */
	@Bean
	Clock clock(@Value("${desa-sadar.branch.time-zone:Asia/Jakarta}") ZoneId zone) {
		return Clock.system(zone);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new SortCheck());
	}
}
