/**
 * Enrollments in the programs, the payments on them, and the coverage status that follows from the
 * payments (domain.md, Payments and coverage status).
 */
package id.desasadar.enrollment;
