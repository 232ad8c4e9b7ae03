package id.desasadar.agent;

import java.math.BigDecimal;

import id.desasadar.contribution.DatedRow;
import id.desasadar.contribution.RuleFields;
import id.desasadar.contribution.Validity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A row of {@code agent_fee_rule}: one scheme pays every agent's month at a time, each following the last, so
 * every row continues and competes with every other.
 */
@Entity
@Table(name = "agent_fee_rule")
class FeeScheme extends DatedRow<FeeScheme> {

	@Enumerated(EnumType.STRING)
	private IncentiveScheme scheme;

	private BigDecimal feePercent;

	private Integer bonusThreshold;

	private Long bonusAmount;

	private Long acquisitionAmount;

	private Long acquisitionJhtAmount;

	private Integer acquisitionThreshold;

	private BigDecimal retentionPercent;

	private Integer retentionMonths;

	private BigDecimal laterRetentionPercent;

	private Integer laterRetentionUntilMonth;

	private BigDecimal officeSharePercent;

	private String source;

	protected FeeScheme() {
	}

	FeeScheme(AgentFeeRule rule) {
		super(new Validity(rule.validFrom(), rule.validTo()));
		this.scheme = rule.scheme();
		this.feePercent = rule.feePercent();
		this.bonusThreshold = rule.bonusThreshold();
		this.bonusAmount = rule.bonusAmount();
		this.acquisitionAmount = rule.acquisitionAmount();
		this.acquisitionJhtAmount = rule.acquisitionJhtAmount();
		this.acquisitionThreshold = rule.acquisitionThreshold();
		this.retentionPercent = rule.retentionPercent();
		this.retentionMonths = rule.retentionMonths();
		this.laterRetentionPercent = rule.laterRetentionPercent();
		this.laterRetentionUntilMonth = rule.laterRetentionUntilMonth();
		this.officeSharePercent = rule.officeSharePercent();
		this.source = rule.source();
	}

	/** 7.5 and 7.5000 (as numeric(7,4) reads back) are the same percentage. */
	AgentFeeRule toRule() {
		return new AgentFeeRule(scheme, validity().from(), validity().to(), stripped(feePercent), bonusThreshold, bonusAmount,
				acquisitionAmount, acquisitionJhtAmount, acquisitionThreshold, stripped(retentionPercent), retentionMonths,
				stripped(laterRetentionPercent), laterRetentionUntilMonth, stripped(officeSharePercent), source);
	}

	private static BigDecimal stripped(BigDecimal percent) {
		return RuleFields.plain(percent);
	}

	@Override
	public boolean continues(FeeScheme other) {
		return true;
	}

	@Override
	public boolean competesWith(FeeScheme other) {
		return true;
	}
}
