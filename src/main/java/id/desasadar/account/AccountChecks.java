package id.desasadar.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.Regions;
import id.desasadar.support.FieldChecks;

/**
 * The fields of an account form, each problem named by its field: a username of the database's format,
 * a role, scopes that are existing regions within the administrator's own scopes (a village head: exactly
 * one village), and a password of the {@link PasswordPolicy}.
 */
final class AccountChecks {

	/** As the constraint {@code account_username_format} of V1. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	private final FieldChecks checks = new FieldChecks();

	String username(String value) {
		String text = checks.text("username", value, 60, true);
		if (text == null) {
			return null;
		}
		String username = text.toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			checks.add("username", "account.username.format");
			return null;
		}
		return username;
	}

	String displayName(String value) {
		return checks.text("displayName", value, 120, true);
	}

	Role role(String value) {
		return checks.choice("role", value, Role.class, true);
	}

	Set<String> scopes(Set<String> codes, Role role, Viewer admin, Regions regions) {
		if (codes.isEmpty()) {
			checks.add("scopes", "problem.field.required");
			return codes;
		}
		List<String> wellFormed = codes.stream().filter(RegionCode::isWellFormed).toList();
		Map<String, Region> known = wellFormed.isEmpty() ? Map.of()
				: regions.findByCodes(wellFormed).stream().collect(Collectors.toMap(Region::getCode, Function.identity()));
		for (String code : codes) {
			if (!known.containsKey(code)) {
				checks.add("scopes", "account.scopes.unknown", code);
			}
			else if (!admin.sees(code)) {
				checks.add("scopes", "account.scopes.outside", code);
			}
		}
		if (role == Role.VILLAGE_HEAD && (codes.size() != 1
				|| !known.containsKey(codes.iterator().next())
				|| known.get(codes.iterator().next()).getLevel() != RegionLevel.VILLAGE)) {
			checks.add("scopes", "account.scopes.village-head");
		}
		return codes;
	}

	void password(String field, String username, String password, PasswordPolicy policy) {
		policy.problems(username, password).forEach(p -> checks.add(field, p.messageKey(), p.args()));
	}

	void add(String field, String messageKey, Object... args) {
		checks.add(field, messageKey, args);
	}

	boolean ok(String field) {
		return checks.ok(field);
	}

	void throwIfAny() {
		checks.throwIfAny();
	}
}
