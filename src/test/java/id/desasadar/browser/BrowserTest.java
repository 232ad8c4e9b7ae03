package id.desasadar.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.desasadar.TestDatabase;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with the demo data and accounts (password {@code demo}), driven
 * by a real headless Chromium (one per test class, see {@link Chromium}). A test takes a {@link Browser} in
 * its constructor or methods. Every test starts signed out, in the default language, on a 360 × 800 phone
 * screen. Without Chromium the tests are skipped, and fail where the environment variable {@code CI} is set.
 * <p>
 * This starts a second application context next to the MockMvc one of {@code @IntegrationTest}; both share
 * the one embedded PostgreSQL of the test run, so assert on what the test made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
public @interface BrowserTest {
}
