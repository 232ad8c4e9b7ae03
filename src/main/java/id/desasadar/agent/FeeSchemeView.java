package id.desasadar.agent;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.desasadar.contribution.RuleStanding;

/**
 * A fee scheme as the rules page and {@code /api/v1/rules/agent-fee-schemes} show it: its values (the other
 * scheme's null, see {@link AgentFeeRule}) and its period, like every rule.
 */
record FeeSchemeView(long id, IncentiveScheme scheme, BigDecimal feePercent, Integer bonusThreshold, Long bonusAmount,
		Long acquisitionAmount, Long acquisitionJhtAmount, Integer acquisitionThreshold, BigDecimal retentionPercent,
		Integer retentionMonths, BigDecimal laterRetentionPercent, Integer laterRetentionUntilMonth,
		BigDecimal officeSharePercent, LocalDate validFrom, LocalDate validTo, String source, RuleStanding standing) {

	static FeeSchemeView of(FeeScheme row, LocalDate today) {
		AgentFeeRule rule = row.toRule();
		return new FeeSchemeView(row.id(), rule.scheme(), rule.feePercent(), rule.bonusThreshold(), rule.bonusAmount(),
				rule.acquisitionAmount(), rule.acquisitionJhtAmount(), rule.acquisitionThreshold(), rule.retentionPercent(),
				rule.retentionMonths(), rule.laterRetentionPercent(), rule.laterRetentionUntilMonth(),
				rule.officeSharePercent(), rule.validFrom(), rule.validTo(), rule.source(),
				RuleStanding.of(row.validity(), today));
	}
}
