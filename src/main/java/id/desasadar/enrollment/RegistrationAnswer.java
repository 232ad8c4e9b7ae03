package id.desasadar.enrollment;

import java.util.List;
import java.util.UUID;

import id.desasadar.enrollment.RegistrationDesk.Outcome;
import id.desasadar.worker.WorkerView;

/**
 * api.md, "Registrations": the answer to a registration, the same for its first send ({@code CREATED}), for every
 * later one ({@code ALREADY_SAVED}) and for {@code GET /api/v1/registrations/{clientId}}; {@code payment} is the
 * first payment the registration carried, with its receipt number, or null.
 */
public record RegistrationAnswer(UUID clientId, Outcome outcome, long workerId, long enrollmentId, WorkerView worker,
		EnrollmentView enrollment, PaymentView payment, List<WorkerView.Warning> warnings) {
}
