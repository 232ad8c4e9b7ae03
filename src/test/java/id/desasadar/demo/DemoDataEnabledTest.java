package id.desasadar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** api.md: demo data on by default with the embedded database, off with an external one, and the switch. */
class DemoDataEnabledTest {

	@Configuration
	@Conditional(DemoDataEnabled.class)
	static class Marker {
	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Marker.class);

	@Test
	void onWithTheEmbeddedDatabase() {
		runner.run(context -> assertThat(context).hasSingleBean(Marker.class));
	}

	@Test
	void offWithAnExternalDatabase() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/desa_sadar")
			.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
	}

	@Test
	void theSwitchTurnsItOnElsewhereAndOffHere() {
		runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/desa_sadar", "desa-sadar.demo=true")
			.run(context -> assertThat(context).hasSingleBean(Marker.class));
		runner.withPropertyValues("desa-sadar.demo=false").run(context -> assertThat(context).doesNotHaveBean(Marker.class));
	}
}
