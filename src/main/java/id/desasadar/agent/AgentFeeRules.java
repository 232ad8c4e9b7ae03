package id.desasadar.agent;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The fee rules as stored: a handful of rows, read by the unique key on valid_from. */
@Component
class AgentFeeRules {

	private final JdbcTemplate jdbc;

	AgentFeeRules(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rule in force on the first day of the month: an agent is paid for a month as a whole, so a rule
	 * changed mid-month applies from the next month.
	 */
	Optional<AgentFeeRule> inForce(YearMonth month) {
		Date day = Date.valueOf(month.atDay(1));
		return jdbc.query("""
				select valid_from, valid_to, fee_percent, bonus_threshold, bonus_amount, source from agent_fee_rule
				where valid_from <= ? and (valid_to is null or valid_to > ?)
				order by valid_from desc limit 1""",
				(rs, n) -> new AgentFeeRule(rs.getDate(1).toLocalDate(),
						rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getInt(4),
						rs.getLong(5), rs.getString(6)),
				day, day).stream().findFirst();
	}
}
