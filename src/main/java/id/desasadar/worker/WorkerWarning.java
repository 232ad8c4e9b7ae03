package id.desasadar.worker;

/**
 * Something about a worker that a person should look at but that does not stop registration: a NIK whose
 * date, sex or region differs (the NIK is never corrected), or a possible duplicate.
 */
record WorkerWarning(String code, String messageKey, Long workerId) {

	static WorkerWarning of(NikWarning warning) {
		return new WorkerWarning(warning.code(), warning.messageKey(), null);
	}

	static WorkerWarning possibleDuplicate(long otherWorkerId) {
		return new WorkerWarning("possible-duplicate", "worker.warning.possible-duplicate", otherWorkerId);
	}
}
