package id.desasadar.audit;

import java.time.LocalDate;

import id.desasadar.support.FieldChecks;

/**
 * What the audit page and API filter by: who acted, which record (type and id, or every record of a worker),
 * what was done, and the days (both included). Every part is optional.
 */
public record AuditFilter(String actor, String recordType, String recordId, Long workerId, AuditAction action,
		LocalDate from, LocalDate to, boolean disclosuresHidden) {

	static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, false);

	/**
	 * The page's default (issue #19, item 2): without the events of full NIKs shown, which would otherwise
	 * flood the trail; asking for that action shows them.
	 */
	AuditFilter withDisclosuresHidden() {
		return action != null ? this : new AuditFilter(actor, recordType, recordId, workerId, null, from, to, true);
	}

	/** The disclosures this filter hides, to count them. */
	AuditFilter disclosuresOnly() {
		return new AuditFilter(actor, recordType, recordId, workerId, AuditAction.NIK_DISCLOSED, from, to, false);
	}

	/** The filter as a disclosure event records it: only what was set. */
	java.util.Map<String, Object> described(int page) {
		java.util.Map<String, Object> described = new java.util.LinkedHashMap<>();
		if (actor != null) {
			described.put("actor", actor);
		}
		if (recordType != null) {
			described.put("recordType", recordType);
		}
		if (recordId != null) {
			described.put("recordId", recordId);
		}
		if (workerId != null) {
			described.put("workerId", workerId);
		}
		if (action != null) {
			described.put("action", action.name());
		}
		if (from != null) {
			described.put("from", from.toString());
		}
		if (to != null) {
			described.put("to", to.toString());
		}
		described.put("page", page);
		return described;
	}

	/** Checks what a person typed; every bad field at once ({@code 400}). */
	public static AuditFilter of(String actor, String recordType, String recordId, String workerId, String action,
			String from, String to) {
		FieldChecks checks = new FieldChecks();
		String checkedActor = checks.text("actor", actor, 60, false);
		String checkedType = checks.text("recordType", recordType, 40, false);
		String checkedId = checks.text("recordId", recordId, 40, false);
		Long checkedWorker = checks.wholeNumber("workerId", workerId);
		AuditAction checkedAction = checks.choice("action", action, AuditAction.class, false);
		LocalDate checkedFrom = checks.date("from", from, false);
		LocalDate checkedTo = checks.date("to", to, false);
		if (checkedFrom != null && checkedTo != null && checkedTo.isBefore(checkedFrom)) {
			checks.add("to", "audit.filter.to-before-from");
		}
		checks.throwIfAny();
		return new AuditFilter(checkedActor, checkedType == null ? null : checkedType.toLowerCase(java.util.Locale.ROOT),
				checkedId, checkedWorker, checkedAction, checkedFrom, checkedTo, false);
	}
}
