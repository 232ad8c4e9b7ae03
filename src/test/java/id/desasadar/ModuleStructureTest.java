package id.desasadar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; this fails on a dependency cycle between modules, on a module
 * reaching into another's internals, on a dependency a module does not declare ({@code allowedDependencies} on
 * its package-info, issue #20), and writes the module diagram into target/spring-modulith-docs.
 */
class ModuleStructureTest {

	static final ApplicationModules MODULES = ApplicationModules.of(DesaSadarApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		MODULES.forEach(module -> {
			ApplicationModule declared = packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on the package-info of %s", module.getIdentifier()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowed dependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(packageName + " has no package-info", e);
		}
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
