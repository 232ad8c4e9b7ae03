package id.desasadar.contribution;

/**
 * A change to one program's contribution made by a rule, such as the PP 50/2025 discount.
 *
 * @param rule the rule's code, e.g. {@code PP-50-2025}
 * @param amount in whole Rupiah; negative for a discount
 */
public record Adjustment(Program program, String rule, long amount) {
}
