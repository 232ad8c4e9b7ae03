package id.desasadar.worker;

import java.util.Locale;

import id.desasadar.account.Viewer;

import org.springframework.data.jpa.domain.Specification;

/**
 * The worker list: in the caller's scope, optionally one village, and {@code q} matching the name
 * (anywhere, case-insensitive: trigram index) or the NIK (from its start: unique index).
 */
final class WorkerSearch {

	private WorkerSearch() {
	}

	static Specification<Worker> of(Viewer viewer, String villageCode, String q) {
		Specification<Worker> spec = (root, query, cb) -> viewer.within(cb, root.get("villageCode"));
		if (villageCode != null && !villageCode.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("villageCode"), villageCode.strip()));
		}
		String text = q == null ? "" : q.strip();
		if (text.matches("\\d{1,16}")) {
			spec = spec.and((root, query, cb) -> cb.like(root.get("nik"), text + "%"));
		}
		else if (!text.isEmpty()) {
			String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\'));
		}
		return spec;
	}
}
