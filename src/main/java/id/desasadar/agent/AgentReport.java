package id.desasadar.agent;

import java.time.YearMonth;
import java.util.List;

import id.desasadar.region.Region;
import id.desasadar.region.RegionLevel;

/**
 * {@code GET /api/v1/dashboard/agents}: the agents of a region in a month with their fee under the rule in
 * force ({@code rule} null, and no fee, when none is).
 */
record AgentReport(RegionRef region, YearMonth month, AgentFeeRule rule, List<Line> agents) {

	record RegionRef(String code, String name, RegionLevel level) {

		static RegionRef of(Region region) {
			return new RegionRef(region.getCode(), region.getName(), region.getLevel());
		}
	}

	record Line(long id, String code, String name, boolean active, long newParticipants, long collected, Long fee,
			Long bonus, Boolean bonusEarned, Long total) {

		static Line of(AgentFigures.AgentMonth month, AgentFeeRule rule) {
			if (rule == null) {
				return new Line(month.id(), month.code(), month.name(), month.active(), month.newParticipants(),
						month.collected(), null, null, null, null);
			}
			AgentFee fee = AgentFee.of(month.collected(), month.newParticipants(), rule);
			return new Line(month.id(), month.code(), month.name(), month.active(), month.newParticipants(),
					month.collected(), fee.fee(), fee.bonus(), fee.bonusEarned(), fee.total());
		}
	}
}
