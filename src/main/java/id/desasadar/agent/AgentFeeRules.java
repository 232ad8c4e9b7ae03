package id.desasadar.agent;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The fee schemes as stored: a handful of rows, read whole. */
@Component
class AgentFeeRules {

	private final FeeSchemes schemes;

	AgentFeeRules(FeeSchemes schemes) {
		this.schemes = schemes;
	}

	/**
	 * The scheme in force on the first day of the month: an agent is paid for a month as a whole, so a scheme
	 * changed mid-month applies from the next month (the rules page only dates changes from a month's first day).
	 */
	Optional<AgentFeeRule> inForce(YearMonth month) {
		return schemes.findAll().stream().filter(s -> s.validity().covers(month.atDay(1))).findFirst()
			.map(FeeScheme::toRule);
	}
}
