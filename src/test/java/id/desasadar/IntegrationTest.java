package id.desasadar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the real PostgreSQL of the test run ({@link TestDatabase}: the embedded one, or a
 * container where Docker runs), with the demo data and demo accounts (password {@code demo}). Every such
 * test shares one database: assert on what the test made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabase.class)
public @interface IntegrationTest {
}
