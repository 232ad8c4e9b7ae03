package id.desasadar.support;

import java.util.Arrays;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every error of the API is problem JSON, also those the application's handlers never see (issue #16, item 4):
 * {@code /error} ({@link ProblemErrorController}, in place of Spring Boot's own) and Tomcat's own refusals
 * ({@link ApiErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswers {

	@Bean
	ProblemErrorController problemErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> views,
			WebProperties web, ApiProblems problems, LocaleResolver locales) {
		return new ProblemErrorController(attributes, web.getError(), views.orderedStream().toList(), problems, locales);
	}

	/**
	 * The host adds its error report valve when it starts, before its contexts; once the context is about to start,
	 * that valve is swapped for ours (the connector finds it by its type, {@link ErrorReportValve}).
	 */
	@Bean
	TomcatContextCustomizer apiErrorReports(ApiProblems problems, LocaleResolver locales) {
		return context -> context.addLifecycleListener(event -> {
			if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				return;
			}
			Container parent = context.getParent();
			if (parent instanceof StandardHost host
					&& Arrays.stream(host.getPipeline().getValves()).noneMatch(ApiErrorReportValve.class::isInstance)) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
				host.getPipeline().addValve(new ApiErrorReportValve(problems, locales));
			}
		});
	}
}
