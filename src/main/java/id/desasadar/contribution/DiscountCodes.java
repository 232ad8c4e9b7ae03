package id.desasadar.contribution;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The codes of the stored contribution discounts, of every period, for the rules that name a discount (a PP 50/2025
 * credit names the discount whose months it credits). Read from the table at each call, not from the quote's cached
 * rules, so a discount added a moment ago on another instance can be named at once.
 */
@Component
public class DiscountCodes {

	private final JdbcTemplate jdbc;

	DiscountCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored discount's code, in order. */
	public List<String> all() {
		return jdbc.queryForList("select distinct rule_code from contribution_discount order by rule_code", String.class);
	}

	/** Whether a discount of this code is stored. */
	public boolean isStored(String code) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from contribution_discount where rule_code = ?)", Boolean.class, code));
	}
}
