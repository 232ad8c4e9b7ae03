package id.desasadar.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (issue #6, accounts): at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_BYTES} bytes (BCrypt reads no further), not the username nor containing it, and not one of
 * the common passwords shipped in {@code account/common-passwords.txt} (source and licence in its header).
 * Answers message keys, one per broken rule, for the field that holds the password.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 10;
	static final int MAXIMUM_BYTES = 72;
	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> commonPasswords) {
		this.common = new HashSet<>();
		commonPasswords.forEach(password -> common.add(password.toLowerCase(Locale.ROOT)));
	}

	/** The policy with the list shipped with the application. */
	static PasswordPolicy shipped() {
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("missing " + COMMON_PASSWORDS);
			}
			Set<String> passwords = new HashSet<>();
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(passwords::add);
			return new PasswordPolicy(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message keys of the rules that the password breaks; empty when it may be used. */
	List<Problem> problems(String username, String password) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add(new Problem("problem.field.required"));
			return problems;
		}
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			problems.add(new Problem("account.password.too-short", MINIMUM_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			problems.add(new Problem("account.password.too-long", MAXIMUM_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && lower.contains(name)) {
			problems.add(new Problem("account.password.contains-username"));
		}
		if (common.contains(lower)) {
			problems.add(new Problem("account.password.common"));
		}
		return problems;
	}

	/** A broken rule: its message key and arguments. */
	record Problem(String messageKey, Object... args) {
	}
}
