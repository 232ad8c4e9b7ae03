package id.desasadar.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rule tables as a test found them, put back afterwards: tests of the rules page change the national rules,
 * which every other test of the run quotes with (they share one database). Rows added are deleted (the audit
 * trail keeps their events), rows ended get their end back, and the quoting cache forgets what it read.
 */
public final class KeptRules {

	private static final List<String> TABLES = List.of("contribution_rate", "income_bracket", "wage_cap", "agent_fee_rule",
			"payment_term", "contribution_credit");

	private final JdbcTemplate jdbc;
	private final RecentRules recentRules;
	private final List<Map<String, Object>> dated = new ArrayList<>();
	private final List<Map<String, Object>> discounts;

	KeptRules(JdbcTemplate jdbc, RecentRules recentRules) {
		this.jdbc = jdbc;
		this.recentRules = recentRules;
		for (String table : TABLES) {
			jdbc.queryForList("select id, valid_to from " + table).forEach(row -> {
				row.put("table", table);
				dated.add(row);
			});
		}
		this.discounts = jdbc.queryForList("select id, last_month from contribution_discount");
	}

	/** For the tests of other modules' rules (the agents' fee schemes). */
	public static KeptRules of(JdbcTemplate jdbc, ApplicationContext context) {
		return new KeptRules(jdbc, context.getBean(RecentRules.class));
	}

	public void putBack() {
		for (String table : TABLES) {
			List<Object> kept = dated.stream().filter(r -> r.get("table").equals(table)).map(r -> r.get("id")).toList();
			jdbc.update("delete from " + table + " where not (id = any (?))", (Object) kept.toArray(Long[]::new));
		}
		for (Map<String, Object> row : dated) {
			jdbc.update("update " + row.get("table") + " set valid_to = ? where id = ? and valid_to is distinct from ?",
					row.get("valid_to"), row.get("id"), row.get("valid_to"));
		}
		jdbc.update("delete from contribution_discount where not (id = any (?))",
				(Object) discounts.stream().map(r -> r.get("id")).toArray(Long[]::new));
		for (Map<String, Object> row : discounts) {
			jdbc.update("update contribution_discount set last_month = ? where id = ? and last_month <> ?",
					row.get("last_month"), row.get("id"), row.get("last_month"));
		}
		recentRules.forget();
	}
}
