package id.desasadar.worker;

import java.util.List;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.support.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

/**
 * The worker list (api.md, Workers: {@code q} matches name or NIK): in the caller's scope, optionally one
 * village. {@code q} of digits matches NIKs from their start, any other text the name anywhere
 * (case-insensitive), from {@value #MIN_QUERY_LENGTH} characters on: a trigram index needs three.
 * <p>
 * A search answers at most {@value #WINDOW} matches, sorted and paged as asked, and says when more match.
 * A broad fragment ("budi") matches a hundred thousand of 2,000,000 workers: counting or sorting them all
 * reads every one of their rows, which no index can avoid, while the first {@value #WINDOW} found come out
 * of the index at once (docs/performance.md). Nobody reads past a thousand names; they type more of the name.
 * Beyond the window, which matches are listed is the order PostgreSQL finds them in, not the sort asked for.
 */
@Component
class WorkerSearch {

	static final int MIN_QUERY_LENGTH = 3;
	static final int WINDOW = 1000;

	/** A page of matches and whether more than the {@value #WINDOW} listed match. */
	record Results(Page<Worker> page, boolean capped) {
	}

	private final Workers workers;
	private final EntityManager entityManager;
	private final int window;

	@Autowired
	WorkerSearch(Workers workers, EntityManager entityManager) {
		this(workers, entityManager, WINDOW);
	}

	/** With another window, for tests that cannot register a thousand workers. */
	WorkerSearch(Workers workers, EntityManager entityManager, int window) {
		this.workers = workers;
		this.entityManager = entityManager;
		this.window = window;
	}

	/** Run inside a read-only transaction. {@code 400} naming {@code q} when it is too short to search by. */
	Results search(Viewer viewer, String villageCode, String q, Pageable pageable) {
		Specification<Worker> listed = listed(viewer, villageCode);
		String text = q == null ? "" : q.strip();
		if (text.isEmpty()) {
			return new Results(workers.findAll(listed, pageable), false);
		}
		if (text.length() < MIN_QUERY_LENGTH) {
			throw new InvalidInputException("q", "workers.search.too-short", MIN_QUERY_LENGTH);
		}
		List<Long> found = firstMatches(listed.and(matching(text)));
		boolean capped = found.size() > window;
		List<Long> ids = capped ? found.subList(0, window) : found;
		if (ids.isEmpty()) {
			return new Results(Page.empty(pageable), false);
		}
		Specification<Worker> among = (root, query, cb) -> root.get("id").in(ids);
		// The total is the window's size: a slice reads the page without counting the window again.
		List<Worker> page = workers.findBy(among, query -> query.slice(pageable)).getContent();
		return new Results(new PageImpl<>(page, pageable, ids.size()), capped);
	}

	/** The ids of the first matches, one more than the window, unsorted, so that the index stops early. */
	private List<Long> firstMatches(Specification<Worker> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Worker> root = query.from(Worker.class);
		query.select(root.get("id")).where(spec.toPredicate(root, query, cb));
		return entityManager.createQuery(query).setMaxResults(window + 1).getResultList();
	}

	private static Specification<Worker> listed(Viewer viewer, String villageCode) {
		Specification<Worker> spec = (root, query, cb) -> viewer.within(cb, root.get("villageCode"));
		if (villageCode != null && !villageCode.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("villageCode"), villageCode.strip()));
		}
		return spec;
	}

	/**
	 * NIK digits as a range of whole NIKs (every NIK has 16 digits), which the unique index serves under any
	 * collation; a name fragment as {@code like} on {@code lower(name)}, which the trigram index serves.
	 */
	private static Specification<Worker> matching(String text) {
		if (text.matches("\\d{1,16}")) {
			String from = (text + "0".repeat(16)).substring(0, 16);
			String to = (text + "9".repeat(16)).substring(0, 16);
			return (root, query, cb) -> cb.between(root.get("nik"), from, to);
		}
		String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return (root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\');
	}
}
