package id.desasadar.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

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

	@JsonIgnore
	public boolean isAccess() {
		return action == AuditAction.NIK_DISCLOSED || action == AuditAction.DATA_EXPORTED || action == AuditAction.ANONYMISED;
	}
}
