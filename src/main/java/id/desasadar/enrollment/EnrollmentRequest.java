package id.desasadar.enrollment;

import java.util.List;

/** api.md, Enrollments: {@code {programs, payer, sponsorName, eventId, enrolledOn}}. */
public record EnrollmentRequest(List<String> programs, String payer, String sponsorName, Long eventId, String enrolledOn) {
}
