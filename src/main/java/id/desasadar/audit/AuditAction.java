package id.desasadar.audit;

/** What an audit event records: a row written (by the triggers of V9), or an access the application records. */
public enum AuditAction {
	INSERT, UPDATE, DELETE,
	/** A full NIK shown or exported; one event per list or export, with its filter. */
	NIK_DISCLOSED,
	/** A worker's data handed out on request (UU 27/2022, the access right). */
	DATA_EXPORTED,
	/** A worker who left made unidentifiable. */
	ANONYMISED,
	/** A personal access token refused (revoked, expired, unknown, read-only on a write), at most once a minute. */
	ACCESS_REFUSED
}
