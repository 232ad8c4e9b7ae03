package id.desasadar.agent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an agent earns for a month, in force from {@code validFrom} (included) to {@code validTo} (excluded, null:
 * still in force); table agent_fee_rule. The values of its {@code scheme} are set, the other scheme's null:
 * <ul>
 * <li>{@link IncentiveScheme#PERISAI_2018}: {@code feePercent} of the contributions collected, plus
 * {@code bonusAmount} for {@code bonusThreshold} or more new participants (domain.md, Who uses it);</li>
 * <li>{@link IncentiveScheme#PERISAI_2022}: {@code acquisitionAmount} per new participant with JKK+JKM
 * ({@code acquisitionJhtAmount} with JHT), only in a month of {@code acquisitionThreshold} or more new NIKs never
 * enrolled before; {@code retentionPercent} of the contributions paid for the participant's months 1 to
 * {@code retentionMonths}, {@code laterRetentionPercent} for the months after it up to
 * {@code laterRetentionUntilMonth}; the Kantor Perisai's {@code officeSharePercent} of the agents' incentives
 * (domain.md, Perisai incentives since 2022).</li>
 * </ul>
 */
record AgentFeeRule(IncentiveScheme scheme, LocalDate validFrom, LocalDate validTo, BigDecimal feePercent,
		Integer bonusThreshold, Long bonusAmount, Long acquisitionAmount, Long acquisitionJhtAmount,
		Integer acquisitionThreshold, BigDecimal retentionPercent, Integer retentionMonths,
		BigDecimal laterRetentionPercent, Integer laterRetentionUntilMonth, BigDecimal officeSharePercent,
		String source) {

	static AgentFeeRule perisai2018(LocalDate validFrom, LocalDate validTo, BigDecimal feePercent, int bonusThreshold,
			long bonusAmount, String source) {
		return new AgentFeeRule(IncentiveScheme.PERISAI_2018, validFrom, validTo, feePercent, bonusThreshold, bonusAmount,
				null, null, null, null, null, null, null, null, source);
	}

	static AgentFeeRule perisai2022(LocalDate validFrom, LocalDate validTo, long acquisitionAmount,
			long acquisitionJhtAmount, int acquisitionThreshold, BigDecimal retentionPercent, int retentionMonths,
			BigDecimal laterRetentionPercent, int laterRetentionUntilMonth, BigDecimal officeSharePercent, String source) {
		return new AgentFeeRule(IncentiveScheme.PERISAI_2022, validFrom, validTo, null, null, null, acquisitionAmount,
				acquisitionJhtAmount, acquisitionThreshold, retentionPercent, retentionMonths, laterRetentionPercent,
				laterRetentionUntilMonth, officeSharePercent, source);
	}
}
