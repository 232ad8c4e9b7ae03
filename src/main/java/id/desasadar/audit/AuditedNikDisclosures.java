package id.desasadar.audit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import id.desasadar.account.Viewer;
import id.desasadar.worker.NikDisclosures;
import id.desasadar.worker.Worker;

import org.springframework.stereotype.Component;

/**
 * Each full NIK shown goes into the trail as NIK_DISCLOSED: for one worker, under that worker (so it shows in
 * the worker's history and a manager of the village sees it); for a list or export, one event with the
 * filter and the number of rows, under the region the list was limited to, if any.
 */
@Component
class AuditedNikDisclosures implements NikDisclosures {

	private static final Pattern FULL_NIK = Pattern.compile("(\\d{4})\\d{12}");

	/** The record type of a search by a whole NIK by a viewer who sees NIKs masked. */
	static final String NIK_SEARCH = "worker-nik-search";

	private final AuditTrail trail;

	AuditedNikDisclosures(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void disclosed(Viewer viewer, Worker worker, String where) {
		trail.record(viewer.username(), AuditAction.NIK_DISCLOSED, "worker", String.valueOf(worker.getId()),
				worker.getId(), worker.getVillageCode(), Map.of("where", where));
	}

	@Override
	public void searchedByNik(Viewer viewer, String where, String maskedNik, long found) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("where", where);
		details.put("nik", maskedNik);
		details.put("found", found);
		trail.record(viewer.username(), AuditAction.NIK_DISCLOSED, NIK_SEARCH, null, null, null, details);
	}

	@Override
	public long nikSearchesWithin(Viewer viewer, Duration window) {
		return trail.countRecent(viewer.username(), AuditAction.NIK_DISCLOSED, NIK_SEARCH, window.toSeconds());
	}

	@Override
	public void disclosedMany(Viewer viewer, String where, Map<String, ?> filter, long rows) {
		if (rows == 0) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("where", where);
		Map<String, Object> shownFilter = new LinkedHashMap<>();
		filter.forEach((key, value) -> {
			if (value != null && !(value instanceof String text && text.isBlank())) {
				// A search by NIK would otherwise put the full NIK into the trail.
				shownFilter.put(key, value instanceof String text ? FULL_NIK.matcher(text).replaceAll("$1************") : value);
			}
		});
		details.put("filter", shownFilter);
		details.put("rows", rows);
		Object region = shownFilter.getOrDefault("villageCode", shownFilter.get("regionCode"));
		String regionCode = region instanceof String code && viewer.sees(code) ? code : null;
		trail.record(viewer.username(), AuditAction.NIK_DISCLOSED, "worker-list", null, null, regionCode, details);
	}
}
