package id.desasadar.audit;

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

	private static final Pattern FULL_NIK = Pattern.compile("(\\d{4})\\d{8}(\\d{4})");

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
				shownFilter.put(key, value instanceof String text ? FULL_NIK.matcher(text).replaceAll("$1********$2") : value);
			}
		});
		details.put("filter", shownFilter);
		details.put("rows", rows);
		Object region = shownFilter.getOrDefault("villageCode", shownFilter.get("regionCode"));
		String regionCode = region instanceof String code && viewer.sees(code) ? code : null;
		trail.record(viewer.username(), AuditAction.NIK_DISCLOSED, "worker-list", null, null, regionCode, details);
	}
}
