package id.desasadar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * What Spring Modulith cannot see: a module's internals sit in its top package beside its API, so visibility is
 * what keeps them internal. Controllers (pages and API), forms and repositories are not public; the repositories
 * other modules still use are listed, and the list may only shrink (issue #20, item 2).
 */
class InternalsTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(DesaSadarApplication.class.getPackageName());

	/**
	 * Public because other modules read them today; each is to be replaced by a question to its module's API.
	 * {@code Regions} is the regions' API itself (read-only reference data every module needs).
	 */
	static final Set<String> SHARED_REPOSITORIES = Set.of("id.desasadar.region.Regions", "id.desasadar.worker.Workers",
			"id.desasadar.enrollment.Enrollments", "id.desasadar.campaign.Events", "id.desasadar.campaign.Campaigns");

	/** The one registration form, filled by the page, the booth and the import (README, Packages). */
	static final Set<String> SHARED_FORMS = Set.of("id.desasadar.enrollment.RegistrationForm");

	@Test
	void controllersAreNotPublic() {
		classes().that().areMetaAnnotatedWith(Controller.class).or().areAnnotatedWith(Controller.class)
			.should().notBePublic()
			.because("a page or an endpoint is reached by its address, never by another module's code")
			.check(CLASSES);
	}

	@Test
	void formsAreNotPublicUnlessShared() {
		classes().that().haveSimpleNameEndingWith("Form").and().doNotHaveFullyQualifiedName(SHARED_FORMS.iterator().next())
			.should().notBePublic()
			.because("a form belongs to the page that shows it")
			.check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublicApartFromTheListedOnes() {
		var rule = classes().that().areInterfaces().and().areAssignableTo(Repository.class);
		for (String shared : SHARED_REPOSITORIES) {
			rule = rule.and().doNotHaveFullyQualifiedName(shared);
		}
		rule.should().notBePublic().because("a module's tables are read through its API (TableOwnershipTest)")
			.check(CLASSES);
	}

	@Test
	void theListedOnesAreStillPublicAndUsedByAnotherModule() {
		for (String name : SHARED_REPOSITORIES) {
			JavaClass shared = CLASSES.get(name);
			assertThat(shared.getModifiers()).as(name).contains(JavaModifier.PUBLIC);
			assertThat(shared.getAccessesToSelf().stream()
				.map(access -> access.getOriginOwner().getPackageName())
				.anyMatch(origin -> !origin.equals(shared.getPackageName()))
					|| shared.getDirectDependenciesToSelf().stream()
						.anyMatch(d -> !d.getOriginClass().getPackageName().equals(shared.getPackageName())))
				.as("%s is used by another module; when not, make it package-private and drop it from the list", name)
				.isTrue();
		}
	}
}
