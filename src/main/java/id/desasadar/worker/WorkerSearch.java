package id.desasadar.worker;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.desasadar.account.Viewer;
import id.desasadar.support.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
 * village. {@code q} of digits matches NIKs from their start for a viewer who sees full NIKs, the whole NIK only
 * for one who sees them masked (throttled and recorded, {@link #search}); any other text the name anywhere
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
	private final NikDisclosures disclosures;
	private final int maxNikSearches;
	private final Duration nikSearchWindow;

	@Autowired
	WorkerSearch(Workers workers, EntityManager entityManager, NikDisclosures disclosures,
			@Value("${desa-sadar.security.nik-search.max:30}") int maxNikSearches,
			@Value("${desa-sadar.security.nik-search.window:1h}") Duration nikSearchWindow) {
		this(workers, entityManager, WINDOW, disclosures, maxNikSearches, nikSearchWindow);
	}

	/** With another window, for tests that cannot register a thousand workers. */
	WorkerSearch(Workers workers, EntityManager entityManager, int window) {
		this(workers, entityManager, window, null, 0, Duration.ZERO);
	}

	private WorkerSearch(Workers workers, EntityManager entityManager, int window, NikDisclosures disclosures,
			int maxNikSearches, Duration nikSearchWindow) {
		this.workers = workers;
		this.entityManager = entityManager;
		this.window = window;
		this.disclosures = disclosures;
		this.maxNikSearches = maxNikSearches;
		this.nikSearchWindow = nikSearchWindow;
	}

	/**
	 * Whether {@code q} is a search by NIK (digits, with the separators a KTP shows) that this viewer may not run:
	 * one who sees NIKs masked searches by a whole NIK only, never by its first digits (issue #16: a prefix
	 * search rebuilt a masked NIK digit by digit). Empty when the search may run.
	 */
	static Optional<String> nikProblem(Viewer viewer, String q) {
		String text = q == null ? "" : q.strip();
		if (viewer.seesFullNik() || !isNikQuery(text)) {
			return Optional.empty();
		}
		return digits(text).length() == 16 ? Optional.empty() : Optional.of("workers.search.whole-nik");
	}

	/**
	 * Run inside a read-only transaction. {@code 400} naming {@code q} when it is too short to search by, or a part
	 * of a NIK searched by a viewer who sees NIKs masked; {@code 429} when such a viewer searched by NIK too often
	 * lately. Each search by NIK of such a viewer is recorded as a disclosure, found or not.
	 */
	Results search(Viewer viewer, String villageCode, String q, Pageable pageable, String where) {
		Specification<Worker> listed = listed(viewer, villageCode);
		String text = q == null ? "" : q.strip();
		if (text.isEmpty()) {
			return new Results(workers.findAll(listed, pageable), false);
		}
		if (!viewer.seesFullNik() && isNikQuery(text)) {
			return byWholeNik(viewer, listed, text, pageable, where);
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

	private Results byWholeNik(Viewer viewer, Specification<Worker> listed, String text, Pageable pageable,
			String where) {
		Optional<String> problem = nikProblem(viewer, text);
		if (problem.isPresent()) {
			throw new InvalidInputException("q", problem.get());
		}
		if (disclosures == null) {
			throw new IllegalStateException("a search by NIK needs the disclosures recorded");
		}
		if (disclosures.nikSearchesWithin(viewer, nikSearchWindow) >= maxNikSearches) {
			throw new TooManyNikSearchesException(maxNikSearches, nikSearchWindow);
		}
		String nik = digits(text);
		Specification<Worker> exact = listed.and((root, query, cb) -> cb.equal(root.get("nik"), nik));
		Page<Worker> page = workers.findAll(exact, pageable);
		disclosures.searchedByNik(viewer, where, nik.substring(0, 4) + "*".repeat(12), page.getTotalElements());
		return new Results(page, false);
	}

	/** Digits, and perhaps the spaces, dots and dashes of a NIK as the KTP prints it, and nothing else. */
	static boolean isNikQuery(String text) {
		return text.chars().anyMatch(Character::isDigit) && text.matches("[0-9\\s\\u00A0.\\-]+");
	}

	private static String digits(String text) {
		return text.replaceAll("[^0-9]", "");
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
