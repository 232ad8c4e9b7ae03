package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import id.desasadar.DesaSadarApplication;

class ContributionModuleUnitTest {

	@Test
	@DisplayName("style.md: the contribution rules stand alone, so every other module may use them without a cycle")
	void dependsOnSupportOnly() {
		ApplicationModules modules = ApplicationModules.of(DesaSadarApplication.class);
		ApplicationModule contribution = modules.getModuleByName("contribution").orElseThrow();

		contribution.verifyDependencies(modules);
		assertThat(contribution.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
				.map(Object::toString)).containsOnly("support");
	}
}
