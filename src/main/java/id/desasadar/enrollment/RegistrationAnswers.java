package id.desasadar.enrollment;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.RegistrationDesk.Registered;
import id.desasadar.support.ApiProblems;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerView;

import org.springframework.stereotype.Component;

/** The answer to a registration, for the API and for the booth's page, which sends the same registrations. */
@Component
public class RegistrationAnswers {

	private final EnrollmentDesk enrollments;
	private final WorkerRegistry registry;
	private final ApiProblems problems;

	RegistrationAnswers(EnrollmentDesk enrollments, WorkerRegistry registry, ApiProblems problems) {
		this.enrollments = enrollments;
		this.registry = registry;
		this.problems = problems;
	}

	public RegistrationAnswer of(Registered registered, Viewer viewer) {
		List<WorkerView.Warning> warnings = WorkerView.Warning.of(registry.warningsFor(registered.worker()), problems);
		return new RegistrationAnswer(registered.clientId(), registered.outcome(), registered.worker().getId(),
				registered.enrollment().getId(), WorkerView.of(registered.worker(), viewer, warnings),
				enrollments.view(registered.enrollment(), registered.worker()).forViewer(viewer),
				registered.payment() == null ? null : PaymentView.of(registered.payment(), viewer), warnings);
	}
}
