package id.desasadar.agent;

import java.time.YearMonth;
import java.util.List;

import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;

/**
 * {@code GET /api/v1/dashboard/agents}: the agents of a region in a month with what they earn under the scheme in
 * force ({@code rule} null, and nothing earned, when none is). A month is paid by one scheme, named on every line:
 * the 2018 scheme fills {@code fee}, {@code bonus} and {@code bonusEarned}; the 2022 scheme
 * {@code firstTimeParticipants}, {@code acquisition}, {@code acquisitionEarned}, {@code retention} and
 * {@code officeShare}, the Kantor Perisai's, of which {@code officeShare} of the report is the region's sum.
 */
record AgentReport(RegionRef region, YearMonth month, AgentFeeRule rule, List<Line> agents, Long officeShare) {

	record RegionRef(String code, String name, RegionLevel level) {

		static RegionRef of(Region region) {
			return new RegionRef(region.getCode(), region.getName(), region.getLevel());
		}
	}

	static AgentReport of(RegionRef region, YearMonth month, AgentFeeRule rule, List<AgentFigures.AgentMonth> months) {
		List<Line> lines = months.stream().map(m -> Line.of(m, rule)).toList();
		Long office = rule != null && rule.scheme() == IncentiveScheme.PERISAI_2022
				? lines.stream().mapToLong(Line::officeShare).sum() : null;
		return new AgentReport(region, month, rule, lines, office);
	}

	record Line(long id, String code, String name, boolean active, long newParticipants, long collected, Long fee,
			Long bonus, Boolean bonusEarned, Long total, IncentiveScheme scheme, Long firstTimeParticipants,
			Long acquisition, Boolean acquisitionEarned, Long retention, Long officeShare) {

		static Line of(AgentFigures.AgentMonth month, AgentFeeRule rule) {
			if (rule == null) {
				return new Line(month.id(), month.code(), month.name(), month.active(), month.newParticipants(),
						month.collected(), null, null, null, null, null, null, null, null, null, null);
			}
			if (rule.scheme() == IncentiveScheme.PERISAI_2022) {
				PerisaiIncentive incentive = PerisaiIncentive.of(month.firstTimeParticipants(), month.firstTimeWithJht(),
						month.earlyRetentionBase(), month.laterRetentionBase(), rule);
				return new Line(month.id(), month.code(), month.name(), month.active(), month.newParticipants(),
						month.collected(), null, null, null, incentive.total(), rule.scheme(),
						month.firstTimeParticipants(), incentive.acquisition(), incentive.acquisitionEarned(),
						incentive.retention(), incentive.officeShare());
			}
			AgentFee fee = AgentFee.of(month.collected(), month.newParticipants(), rule);
			return new Line(month.id(), month.code(), month.name(), month.active(), month.newParticipants(),
					month.collected(), fee.fee(), fee.bonus(), fee.bonusEarned(), fee.total(), rule.scheme(), null, null,
					null, null, null);
		}
	}
}
