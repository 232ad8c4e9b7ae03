package id.desasadar.demo;

import java.time.LocalDate;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.enrollment.EnrollmentRequest;

/** A synthetic worker's enrollment, and how it will be paid. */
record Membership(Set<Program> programs, Payer payer, String sponsorName, Long eventId, LocalDate enrolledOn,
		PaymentPlan plan) {

	EnrollmentRequest toRequest() {
		return new EnrollmentRequest(programs.stream().sorted().map(Program::name).toList(), payer.name(), sponsorName,
				eventId, enrolledOn.toString());
	}
}
