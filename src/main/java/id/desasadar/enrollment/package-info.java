/**
 * Enrollments in the programs, the payments on them, and the coverage status that follows from the
 * payments (domain.md, Payments and coverage status); the payment terms (when a segment's month falls due, the late
 * fine) and the contribution credits, which managers keep on the rules page like the contribution rules.
 */
package id.desasadar.enrollment;
