package id.desasadar.enrollment;

import java.util.List;

/**
 * api.md, Enrollment lifecycle: {@code PUT /enrollments/{id}} with {@code {programs, payer, sponsorName, version}};
 * a payer left out stays as it is.
 */
record ChangeRequest(List<String> programs, String payer, String sponsorName, Long version) {
}
