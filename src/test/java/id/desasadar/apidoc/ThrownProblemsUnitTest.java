package id.desasadar.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The answers read from the bytecode of the controllers, checked on a few whose answers api.md names. */
class ThrownProblemsUnitTest {

	static Bytecode bytecode;

	@BeforeAll
	static void read() {
		bytecode = new Bytecode("id/desasadar", ThrownProblemsUnitTest.class.getClassLoader());
	}

	static Method method(String type, String name) throws ClassNotFoundException {
		return Arrays.stream(Class.forName("id.desasadar." + type).getDeclaredMethods())
			.filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	static Map<HttpStatus, Set<String>> thrown(String type, String name) throws Exception {
		return new ThrownProblems(bytecode).of(method(type, name));
	}

	@Test
	void findsTheDuplicateNikOfARegistration() throws Exception {
		assertThat(thrown("worker.WorkerApi", "register")).containsKey(HttpStatus.CONFLICT);
		assertThat(thrown("worker.WorkerApi", "register").get(HttpStatus.CONFLICT)).contains("duplicate-nik");
	}

	@Test
	void findsTheRuleOfADesignation() throws Exception {
		assertThat(thrown("village.VillageApi", "declare").get(HttpStatus.UNPROCESSABLE_CONTENT))
			.contains("designation-not-ready");
	}

	@Test
	void followsACodeThroughTheValueThatCarriesIt() throws Exception {
		// Eligibility.Violation(code, ...).toException(): the codes api.md names for a quote
		assertThat(thrown("contribution.ContributionQuoteController", "quote").get(HttpStatus.UNPROCESSABLE_CONTENT))
			.contains("program-not-eligible", "core-programs-required")
			.doesNotContain("contribution.rule.core-programs-required");
	}

	@Test
	void namesAProblemByItsOwnCodeWhereItFixesOne() throws Exception {
		assertThat(thrown("imports.ImportApi", "job").get(HttpStatus.NOT_FOUND)).containsExactly("not-found");
		assertThat(thrown("imports.ImportApi", "workers").getOrDefault(HttpStatus.BAD_REQUEST, Set.of()))
			.allMatch("invalid-input"::equals);
	}

	@Test
	void findsNoConflictWhereNothingIsWritten() throws Exception {
		assertThat(thrown("region.RegionApi", "region")).doesNotContainKeys(HttpStatus.CONFLICT,
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void readsTheSuccessStatusesOfTheController() throws Exception {
		SuccessAnswers success = new SuccessAnswers(bytecode);
		assertThat(success.statuses(Mapping.of(method("worker.WorkerApi", "register")))).containsExactly(201);
		assertThat(success.statuses(Mapping.of(method("imports.ImportApi", "workers")))).containsExactly(202);
		assertThat(success.statuses(Mapping.of(method("enrollment.RegistrationApi", "register")))).containsExactly(200, 201);
		assertThat(success.statuses(Mapping.of(method("contribution.RulesApi", "addRate")))).containsExactly(201);
		assertThat(success.statuses(Mapping.of(method("worker.WorkerApi", "worker")))).containsExactly(200);
	}
}
