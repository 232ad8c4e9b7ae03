package id.desasadar.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the trail, as the page and the API show it: the fields that changed with their old and new
 * values (for a change only those that differ; for a creation the new values, for a deletion the old ones;
 * for an access what was shown and where).
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String recordType, String recordId,
		Long workerId, String villageCode, List<Change> changes) {

	/** A field and its value before and after ({@code null}: none). */
	public record Change(String field, Object old, Object value) {
	}

	/** Book-keeping columns that change with every correction and say nothing a reader needs. */
	private static final Set<String> BOOK_KEEPING = Set.of("version", "updated_at", "updated_by");

	static AuditEvent of(long id, Instant at, String actor, AuditAction action, String recordType, String recordId,
			Long workerId, String villageCode, Map<String, Object> oldValues, Map<String, Object> newValues) {
		return new AuditEvent(id, at, actor, action, recordType, recordId, workerId, villageCode,
				changes(action, oldValues, newValues));
	}

	static List<Change> changes(AuditAction action, Map<String, Object> oldValues, Map<String, Object> newValues) {
		Map<String, Object> before = oldValues == null ? Map.of() : oldValues;
		Map<String, Object> after = newValues == null ? Map.of() : newValues;
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object value = after.get(field);
			if (action == AuditAction.UPDATE && (Objects.equals(old, value) || BOOK_KEEPING.contains(field))) {
				continue;
			}
			changes.add(new Change(field, old, value));
		}
		return changes;
	}

	/** Whether a full NIK is among the values shown. */
	boolean showsNik() {
		return changes.stream().anyMatch(change -> NIK.equals(change.field()) && (isNik(change.old()) || isNik(change.value())));
	}

	/** The same event with NIK values masked as elsewhere ({@code 3326************}). */
	AuditEvent withNikMasked() {
		if (!showsNik()) {
			return this;
		}
		List<Change> masked = changes.stream()
			.map(change -> NIK.equals(change.field()) ? new Change(NIK, mask(change.old()), mask(change.value())) : change)
			.toList();
		return new AuditEvent(id, at, actor, action, recordType, recordId, workerId, villageCode, masked);
	}

	private static final String NIK = "nik";

	private static boolean isNik(Object value) {
		return value instanceof String text && text.matches("\\d{16}");
	}

	private static Object mask(Object value) {
		return isNik(value) ? ((String) value).substring(0, 4) + "************" : value;
	}
}
