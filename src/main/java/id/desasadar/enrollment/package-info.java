/**
 * Enrollments in the programs, the payments on them, and the coverage status that follows from the
 * payments (domain.md, Payments and coverage status); the payment terms (when a segment's month falls due, the late
 * fine) and the contribution credits, which managers keep on the rules page like the contribution rules.
 */
@id.desasadar.support.OwnsTables({ "enrollment", "enrollment_program", "payment", "payment_term", "contribution_credit", "registration", "reserved_receipt", "event_days", "event_enrollments", "event_programs" })
package id.desasadar.enrollment;
