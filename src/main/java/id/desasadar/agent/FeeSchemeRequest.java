package id.desasadar.agent;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.desasadar.contribution.RuleFields;
import id.desasadar.contribution.RuleKeeper;
import id.desasadar.support.FieldChecks;

/**
 * A fee scheme as the rules page and {@code POST /api/v1/rules/agent-fee-schemes} send it: the {@code scheme}
 * and its own values (those of {@link AgentFeeRule}), the other scheme's left blank. {@code replaces}: the id of
 * the scheme it succeeds, which then ends the day this one starts.
 */
record FeeSchemeRequest(String scheme, String feePercent, String bonusThreshold, String bonusAmount,
		String acquisitionAmount, String acquisitionJhtAmount, String acquisitionThreshold, String retentionPercent,
		String retentionMonths, String laterRetentionPercent, String laterRetentionUntilMonth, String officeSharePercent,
		String validFrom, String validTo, String source, String replaces) {

	static FeeSchemeRequest blank() {
		return new FeeSchemeRequest("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	FeeScheme toRow(RuleKeeper<FeeScheme> keeper) {
		FieldChecks checks = new FieldChecks();
		IncentiveScheme checkedScheme = checks.choice("scheme", scheme, IncentiveScheme.class, true);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		AgentFeeRule rule = null;
		if (checkedScheme == IncentiveScheme.PERISAI_2018) {
			BigDecimal fee = RuleFields.percent("feePercent", feePercent, true, true, checks);
			Long threshold = RuleFields.whole("bonusThreshold", bonusThreshold, 1, true, checks);
			Long bonus = RuleFields.whole("bonusAmount", bonusAmount, 0, true, checks);
			blank(checks, "acquisitionAmount", acquisitionAmount, "acquisitionJhtAmount", acquisitionJhtAmount,
					"acquisitionThreshold", acquisitionThreshold, "retentionPercent", retentionPercent, "retentionMonths",
					retentionMonths, "laterRetentionPercent", laterRetentionPercent, "laterRetentionUntilMonth",
					laterRetentionUntilMonth, "officeSharePercent", officeSharePercent);
			checks.throwIfAny();
			rule = AgentFeeRule.perisai2018(from, to, fee, threshold.intValue(), bonus, checkedSource);
		}
		else if (checkedScheme == IncentiveScheme.PERISAI_2022) {
			Long acquisition = RuleFields.whole("acquisitionAmount", acquisitionAmount, 0, true, checks);
			Long withJht = RuleFields.whole("acquisitionJhtAmount", acquisitionJhtAmount, 0, true, checks);
			Long threshold = RuleFields.whole("acquisitionThreshold", acquisitionThreshold, 1, true, checks);
			BigDecimal retention = RuleFields.percent("retentionPercent", retentionPercent, true, true, checks);
			Long months = RuleFields.whole("retentionMonths", retentionMonths, 1, true, checks);
			BigDecimal later = RuleFields.percent("laterRetentionPercent", laterRetentionPercent, true, true, checks);
			Long until = RuleFields.whole("laterRetentionUntilMonth", laterRetentionUntilMonth, 2, true, checks);
			if (months != null && until != null && until <= months) {
				checks.add("laterRetentionUntilMonth", "agent.scheme.later-retention-until");
			}
			BigDecimal office = RuleFields.percent("officeSharePercent", officeSharePercent, true, true, checks);
			blank(checks, "feePercent", feePercent, "bonusThreshold", bonusThreshold, "bonusAmount", bonusAmount);
			checks.throwIfAny();
			rule = AgentFeeRule.perisai2022(from, to, acquisition, withJht, threshold.intValue(), retention,
					months.intValue(), later, until.intValue(), office, checkedSource);
		}
		checks.throwIfAny();
		return new FeeScheme(rule);
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}

	/** The other scheme's values, as field name and value pairs: a value there is a mistake to point out. */
	private static void blank(FieldChecks checks, String... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String value = namesAndValues[i + 1];
			if (value != null && !value.isBlank()) {
				checks.add(namesAndValues[i], "agent.scheme.not-for-scheme");
			}
		}
	}
}
