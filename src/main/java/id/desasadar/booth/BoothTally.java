package id.desasadar.booth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import id.desasadar.contribution.Program;
import id.desasadar.enrollment.EnrollmentFigures;

import org.springframework.stereotype.Component;

/** The running tally a booth shows at the top: today's registrations, all of the event's, and what they bring a month. */
@Component
class BoothTally {

	/** The tally, as the page shows it and as the booth's script gets it after each registration. */
	record Tally(long today, long enrollments, long monthlyContribution, Map<Program, Long> byProgram) {
	}

	private final EnrollmentFigures figures;
	private final Clock clock;

	BoothTally(EnrollmentFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	Tally of(long eventId) {
		EnrollmentFigures.EventFigures event = figures.ofEvent(eventId);
		return new Tally(figures.countOfEventOn(eventId, LocalDate.now(clock)), event.enrollments(),
				event.monthlyContribution(), event.byProgram());
	}
}
