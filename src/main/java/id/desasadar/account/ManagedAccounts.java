package id.desasadar.account;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.region.RegionCode;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which accounts an administrator manages, for what other features show about accounts (issue #16, item 6): an
 * account is managed when every one of its scopes lies within the administrator's (an administrator of Jawa Tengah
 * does not manage an account that also sees another province), as on the accounts pages ({@link Accounts#managedBy}).
 * Import jobs of other uploaders and the audit history of accounts are shown within the same line, and a job or an
 * account outside it is answered as unknown (404), so that its existence is not given away either.
 */
@Component
public class ManagedAccounts {

	private final NamedParameterJdbcTemplate jdbc;

	ManagedAccounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the viewer is an administrator who manages the account of this username. */
	public boolean manages(Viewer admin, String username) {
		if (!admin.is(Role.ADMIN)) {
			return false;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("username", username);
		return !jdbc.queryForList("select a.id from account a where a.username = :username and " + within(admin, params),
				params, Long.class).isEmpty();
	}

	/** The ids of the accounts the administrator manages, as text (the audit trail's record ids); none for others. */
	public List<String> ids(Viewer admin) {
		if (!admin.is(Role.ADMIN)) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc.queryForList("select cast(a.id as varchar) from account a where " + within(admin, params), params,
				String.class);
	}

	/** No scope of the account lies outside the administrator's (code ranges, as {@link Viewer#within}). */
	private static String within(Viewer admin, MapSqlParameterSource params) {
		List<String> ranges = new ArrayList<>();
		int i = 0;
		for (RegionCode scope : admin.scopes()) {
			ranges.add("(s.region_code >= :scope%d and s.region_code < :scopeEnd%d)".formatted(i, i));
			params.addValue("scope" + i, scope.value()).addValue("scopeEnd" + i, scope.upperBound());
			i++;
		}
		String inside = ranges.isEmpty() ? "false" : String.join(" or ", ranges);
		return "not exists (select 1 from account_scope s where s.account_id = a.id and not (" + inside + "))";
	}
}
