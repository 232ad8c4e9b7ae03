package id.desasadar.enrollment;

import java.util.List;

/**
 * api.md, Enrollments: {@code {programs, payer, sponsorName, eventId, enrolledOn}}, and the optional
 * {@code agentId} of the Perisai agent who recruited the participant.
 */
public record EnrollmentRequest(List<String> programs, String payer, String sponsorName, Long eventId, String enrolledOn,
		Long agentId) {

	/** The same enrollment at this event, as a booth's registrations are. */
	public EnrollmentRequest atEvent(long event) {
		return new EnrollmentRequest(programs, payer, sponsorName, event, enrolledOn, agentId);
	}

	/** An enrollment without an agent, as the registration form, the booth and the demo data make. */
	public EnrollmentRequest(List<String> programs, String payer, String sponsorName, Long eventId, String enrolledOn) {
		this(programs, payer, sponsorName, eventId, enrolledOn, null);
	}
}
