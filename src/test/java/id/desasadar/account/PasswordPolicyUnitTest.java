package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTest {

	static final PasswordPolicy SHIPPED = PasswordPolicy.shipped();

	static List<String> keys(PasswordPolicy policy, String username, String password) {
		return policy.problems(username, password).stream().map(PasswordPolicy.Problem::messageKey).toList();
	}

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(keys(SHIPPED, "staff", "nasi goreng pedas di Wonopringgo")).isEmpty();
	}

	@Test
	void rejectsAPasswordShorterThanTenCharacters() {
		assertThat(keys(SHIPPED, "staff", "Kx9!pQ2#z")).containsExactly("account.password.too-short");
		assertThat(keys(SHIPPED, "staff", "Kx9!pQ2#zW")).isEmpty();
	}

	@Test
	void countsCharactersNotBytesForTheMinimum() {
		assertThat(keys(SHIPPED, "staff", "ééééééééé")).containsExactly("account.password.too-short");
		assertThat(keys(SHIPPED, "staff", "éééééééééé")).isEmpty();
	}

	@Test
	void rejectsWhatBcryptWouldCutOff() {
		assertThat(keys(SHIPPED, "staff", "a".repeat(40) + "b".repeat(32))).isEmpty();
		assertThat(keys(SHIPPED, "staff", "a".repeat(40) + "b".repeat(33))).containsExactly("account.password.too-long");
	}

	@Test
	void rejectsAPasswordContainingTheUsernameInAnyCase() {
		assertThat(keys(SHIPPED, "kades.wonopringgo", "KADES.WONOPRINGGO-2026")).containsExactly("account.password.contains-username");
		assertThat(keys(SHIPPED, "manager", "manager")).contains("account.password.contains-username", "account.password.too-short");
	}

	@Test
	void rejectsPasswordsOfTheShippedListWhateverTheCase() {
		assertThat(keys(SHIPPED, "staff", "1234567890")).containsExactly("account.password.common");
		assertThat(keys(SHIPPED, "staff", "QwertyUiop")).containsExactly("account.password.common");
		assertThat(keys(SHIPPED, "staff", "password123")).containsExactly("account.password.common");
	}

	@Test
	void theShippedListHoldsTenThousandPasswordsOfTheMinimumLength() throws Exception {
		try (var in = getClass().getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
			List<String> passwords = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#")).toList();
			assertThat(passwords).hasSize(10_000).allMatch(p -> p.length() >= PasswordPolicy.MINIMUM_LENGTH);
		}
	}

	@Test
	void refusesExactlyTheListItIsGiven() {
		PasswordPolicy onlyListed = new PasswordPolicy(Set.of("tanahairku2026"));
		assertThat(keys(onlyListed, "staff", "tanahairku2026")).containsExactly("account.password.common");
		assertThat(keys(onlyListed, "staff", "1234567890")).isEmpty();
	}

	@Test
	void requiresAPassword() {
		assertThat(keys(SHIPPED, "staff", "")).containsExactly("problem.field.required");
		assertThat(keys(SHIPPED, "staff", null)).containsExactly("problem.field.required");
	}
}
