package id.desasadar.enrollment;

import id.desasadar.worker.WorkerRequest;

/**
 * api.md, "Registrations": {@code {clientId, worker, enrollment, payment}}, a worker registered and enrolled in one
 * call, with the first payment when it was taken there. {@code clientId} is a UUID the client made, one per person
 * registered, as text so that a malformed one is a field problem like any other.
 */
public record RegistrationRequest(String clientId, WorkerRequest worker, EnrollmentRequest enrollment,
		PaymentRequest payment) {

	/** A registration without a payment. */
	public RegistrationRequest(String clientId, WorkerRequest worker, EnrollmentRequest enrollment) {
		this(clientId, worker, enrollment, null);
	}
}
