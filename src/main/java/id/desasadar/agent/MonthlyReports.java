package id.desasadar.agent;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Builds the agent and staff reports of a region in scope for a month, for the API and the page alike:
 * a bad month is a {@code 400} naming {@code month}; a region unknown or out of scope is {@code 404}.
 */
@Component
class MonthlyReports {

	private final AgentFigures figures;
	private final AgentFeeRules rules;
	private final Regions regions;
	private final Clock clock;

	MonthlyReports(AgentFigures figures, AgentFeeRules rules, Regions regions, Clock clock) {
		this.figures = figures;
		this.rules = rules;
		this.regions = regions;
		this.clock = clock;
	}

	AgentReport agents(String regionCode, String month, Viewer viewer) {
		YearMonth shown = month(month);
		Region region = region(regionCode, viewer);
		AgentFeeRule rule = rules.inForce(shown).orElse(null);
		boolean byParticipantMonth = rule != null && rule.scheme() == IncentiveScheme.PERISAI_2022;
		return AgentReport.of(AgentReport.RegionRef.of(region), shown, rule, figures.agents(region, shown,
				byParticipantMonth ? rule.retentionMonths() : 0, byParticipantMonth ? rule.laterRetentionUntilMonth() : 0));
	}

	StaffReport staff(String regionCode, String month, Viewer viewer) {
		YearMonth shown = month(month);
		Region region = region(regionCode, viewer);
		return new StaffReport(AgentReport.RegionRef.of(region), shown, figures.staff(region, shown));
	}

	/** {@code 2026-11}; without one, the current month on the branch's clock (Asia/Jakarta). */
	YearMonth month(String text) {
		FieldChecks checks = new FieldChecks();
		String value = checks.text("month", text, 7, false);
		checks.throwIfAny();
		if (value == null) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "agent.month.invalid");
		}
	}

	/** {@code regionCode}, or the viewer's first scope when none is given. */
	Region region(String code, Viewer viewer) {
		String wanted = code != null && !code.isBlank() ? code.strip()
				: viewer.scopes().stream().findFirst().map(Object::toString).orElse("");
		return regions.findByCode(wanted).filter(r -> viewer.sees(r.getCode()))
			.orElseThrow(() -> new NotFoundException("region", wanted));
	}
}
