package id.desasadar.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
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
 * screenshot and the HTML of a failed test, and hands tests a {@link Browser} on the application, through a
 * {@link FieldNetwork} a test can also take to cut, slow or lose the network.
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
		ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	/**
	 * Without Chromium a class is disabled, with the command that installs it as the reason (Surefire reports
	 * it as skipped, with that message, where an aborted class would vanish from the report).
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return Chromium.check(Chromium.BINARY, Chromium.DRIVER, System.getenv())
			.filter(Chromium.Skip.class::isInstance)
			.map(missing -> {
				System.err.println("[WARNING] " + context.getDisplayName() + " skipped: " + missing.message());
				return ConditionEvaluationResult.disabled(missing.message());
			})
			.orElse(ConditionEvaluationResult.enabled("Chromium is installed, or CI requires it"));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.check(Chromium.BINARY, Chromium.DRIVER, System.getenv())
			.filter(Chromium.Fail.class::isInstance)
			.ifPresent(missing -> {
				throw new IllegalStateException(missing.message());
			});
		store(context).computeIfAbsent(Chromium.Session.class, key -> Chromium.start(), Chromium.Session.class);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		network(context).up();
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
		return parameter.getParameter().getType() == Browser.class || parameter.getParameter().getType() == FieldNetwork.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == FieldNetwork.class ? network(context) : browser(context);
	}

	/** The browser reaches the application through a {@link FieldNetwork}, up unless a test cuts or slows it. */
	private static Browser browser(ExtensionContext context) {
		return store(context).computeIfAbsent(Browser.class, key -> {
			Chromium.Session session = store(context).get(Chromium.Session.class, Chromium.Session.class);
			return new Browser(session.driver(), network(context).baseUrl(), "http://localhost:" + port(context));
		}, Browser.class);
	}

	private static FieldNetwork network(ExtensionContext context) {
		return store(context).computeIfAbsent(FieldNetwork.class, key -> new FieldNetwork(port(context)), FieldNetwork.class);
	}

	private static int port(ExtensionContext context) {
		return Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
			.getRequiredProperty("local.server.port"));
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
