package id.desasadar.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Skips (or, under CI, fails) a browser test class when Chromium is missing, before the application starts;
 * otherwise starts one Chromium for the class, quits it after the class, resets it before each test, keeps a
 * screenshot and the HTML of a failed test, and hands tests a {@link Browser} on the application's port.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
		ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.check(Chromium.BINARY, Chromium.DRIVER, System.getenv()).ifPresent(missing -> {
			if (missing instanceof Chromium.Fail) {
				throw new IllegalStateException(missing.message());
			}
			Assumptions.abort(missing.message());
		});
		store(context).computeIfAbsent(Chromium.Session.class, key -> Chromium.start(), Chromium.Session.class);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			browser(context).keepEvidence(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + context.getUniqueId().hashCode());
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return store(context).computeIfAbsent(Browser.class, key -> {
			String port = SpringExtension.getApplicationContext(context).getEnvironment()
				.getRequiredProperty("local.server.port");
			Chromium.Session session = store(context).get(Chromium.Session.class, Chromium.Session.class);
			return new Browser(session.driver(), "http://localhost:" + port);
		}, Browser.class);
	}

	/** The store of the test class: one Chromium per class, closed (quit) when the class is done. */
	private static ExtensionContext.Store store(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE);
	}
}
