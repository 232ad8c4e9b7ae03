package id.desasadar.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat refuses some requests before any filter or servlet sees them (an encoded NUL or backslash in the path, a
 * malformed request line) and answers them with its own HTML page, which no error page of the application
 * replaces. Under {@code /api/} this valve answers the same status as problem JSON instead (issue #16, item 4);
 * elsewhere Tomcat's page stays, without server details ({@code showServerInfo} off).
 */
class ApiErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

	private final ApiProblems problems;
	private final LocaleResolver locales;

	ApiErrorReportValve(ApiProblems problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
		setShowServerInfo(false);
		setShowReport(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		String uri = request.getRequestURI();
		if (uri == null || !uri.startsWith("/api/") || response.getStatus() < 400 || response.getContentWritten() > 0) {
			super.report(request, response, throwable);
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null) {
			status = response.getStatus() < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		log.warn("Refused {} under /api by the servlet container: {}", request.getMethod(), status.value());
		try {
			LocaleContextHolder.setLocale(locales.resolveLocale(request));
			String body = problems.json(problems.forStatus(status));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException gone) {
			log.debug("No problem JSON for a refused request", gone);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
