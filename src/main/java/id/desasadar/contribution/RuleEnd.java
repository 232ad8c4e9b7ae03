package id.desasadar.contribution;

/**
 * {@code POST /api/v1/rules/{family}/{id}/end} {@code {"validTo": "2027-01-01"}}: the first day the rule is no
 * longer in force (a month, {@code 2027-01}, is read as its first day).
 */
public record RuleEnd(String validTo) {
}
