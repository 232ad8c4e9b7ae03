package id.desasadar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; this fails on a dependency cycle between modules or on a module
 * reaching into another's internals, and writes the module diagram into target/spring-modulith-docs.
 */
class ModuleStructureTest {

	static final ApplicationModules MODULES = ApplicationModules.of(DesaSadarApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		String folder = "target/spring-modulith-docs";
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of(folder, "components.puml")).isNotEmptyFile();
		assertThat(Path.of(folder, "module-enrollment.puml")).isNotEmptyFile();
	}
}
