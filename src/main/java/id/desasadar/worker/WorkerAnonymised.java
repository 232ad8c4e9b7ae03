package id.desasadar.worker;

/**
 * A worker was made unidentifiable (UU 27/2022), published in the anonymisation's transaction so that the modules
 * keeping something about the worker drop it in the same transaction.
 */
public record WorkerAnonymised(long workerId) {
}
