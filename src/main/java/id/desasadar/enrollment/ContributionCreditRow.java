package id.desasadar.enrollment;

import java.time.LocalDate;

import id.desasadar.contribution.DatedRow;
import id.desasadar.contribution.Validity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A row of {@code contribution_credit} (V31, V32): the discount {@code ruleCode} credits the months of its period
 * paid at the full rate before {@code inForceOn}. One row per discount rule at a time, each following the last.
 */
@Entity
@Table(name = "contribution_credit")
class ContributionCreditRow extends DatedRow<ContributionCreditRow> {

	@Column(name = "rule_code")
	private String ruleCode;

	private LocalDate inForceOn;

	private String source;

	protected ContributionCreditRow() {
	}

	ContributionCreditRow(String ruleCode, LocalDate inForceOn, Validity validity, String source) {
		super(validity);
		this.ruleCode = ruleCode;
		this.inForceOn = inForceOn;
		this.source = source;
	}

	String ruleCode() {
		return ruleCode;
	}

	LocalDate inForceOn() {
		return inForceOn;
	}

	String source() {
		return source;
	}

	@Override
	public boolean continues(ContributionCreditRow other) {
		return ruleCode.equals(other.ruleCode);
	}

	@Override
	public boolean competesWith(ContributionCreditRow other) {
		return ruleCode.equals(other.ruleCode);
	}
}
