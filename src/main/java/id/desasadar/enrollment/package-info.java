/**
 * Enrollments in the programs, the payments on them, and the coverage status that follows from the
 * payments (domain.md, Payments and coverage status); the payment terms (when a segment's month falls due, the late
 * fine) and the contribution credits, which managers keep on the rules page like the contribution rules. It owns the
 * counters that triggers keep on its tables (by village and district, by event) and, in {@link
 * id.desasadar.enrollment.CoverageWindows}, what a counter's row means on a given day.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "enrollment", "enrollment_program", "payment", "payment_term", "contribution_credit",
		"registration", "reserved_receipt", "event_days", "event_enrollments", "event_programs", "village_enrollments",
		"village_workers", "village_programs", "district_enrollments", "district_workers", "district_programs",
		"district_enrollment_months" })
package id.desasadar.enrollment;
