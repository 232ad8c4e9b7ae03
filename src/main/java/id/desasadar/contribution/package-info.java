/**
 * What a participant pays to BPJS Ketenagakerjaan, and which programs a participant may choose.
 * <p>
 * The programs (JKK, JKM, JHT, JP) are open by segment: a BPU (self-employed) worker takes JKK and JKM
 * and may add JHT; a PU (wage earner) takes what the employer's size requires (Perpres 109/2013).
 * {@link id.desasadar.contribution.Eligibility} checks those choices.
 * <p>
 * Contributions are dated data, never constants: the rates, the BPU income brackets, the discounts
 * (PP 50/2025) and the JP wage cap live in tables with their period of validity and their legal source,
 * so that a manager can complete them and a quote for 2019 stays what it was in 2019.
 * {@link id.desasadar.contribution.ContributionQuoter} quotes a month, or the amount due for several; the
 * algorithm, exactly, is the comment of {@code RateTable}.
 * <p>
 * Managers keep the rules on the rules page ({@code /rules}) and its API ({@code /api/v1/rules/...}): every
 * family of dated rules, this module's and other modules' ({@link id.desasadar.contribution.RuleSection}, the
 * agents' fee schemes, the payment terms and contribution credits), is added, succeeded and ended by a {@link id.desasadar.contribution.RuleKeeper}, which
 * never rewrites a row in force and refuses changes in the past, overlaps and gaps.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "support" })
@id.desasadar.support.OwnsTables({ "contribution_rate", "contribution_discount", "contribution_discount_program", "contribution_discount_sector", "income_bracket", "wage_cap" })
package id.desasadar.contribution;
