package id.desasadar.enrollment;

import id.desasadar.worker.WorkerRequest;

/**
 * api.md, "Registrations": {@code {clientId, worker, enrollment}}, a worker registered and enrolled in one call.
 * {@code clientId} is a UUID the client made, one per person registered, as text so that a malformed one is a
 * field problem like any other.
 */
public record RegistrationRequest(String clientId, WorkerRequest worker, EnrollmentRequest enrollment) {
}
