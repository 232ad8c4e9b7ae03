package id.desasadar.contribution;

import java.time.LocalDate;

/**
 * A stored row of dated rules that managers keep on the rules page and its API (issue #17): a contribution
 * rate, an income bracket, a discount, a wage cap, an agents' fee scheme. Once saved it is never rewritten,
 * only ended, so that what was quoted or paid under it stays explained by it; {@link RuleKeeper} guards that.
 *
 * @param <R> the row's own type, which it is compared with
 */
public interface KeptRule<R> {

	/** Null until saved. */
	Long id();

	Validity validity();

	/** Ends the rule on {@code validTo} (excluded), which lies after its start. */
	void end(LocalDate validTo);

	/**
	 * Whether {@code other} is the same rule in another period (the JP cap of another year, JKK of BPU at
	 * another rate), so that one must start where the other ends: a month between them would have no rule.
	 */
	boolean continues(R other);

	/** Whether both would apply to one quote (or one agent's month) if they were in force together. */
	boolean competesWith(R other);
}
