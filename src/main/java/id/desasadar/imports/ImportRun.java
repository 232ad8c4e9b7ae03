package id.desasadar.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import id.desasadar.account.Viewer;

/**
 * What one run of a job keeps between chunks: the uploader, the NIKs met so far in the file, and which
 * village codes are official villages (a file names a few villages many times; one query each).
 */
final class ImportRun {

	private final ImportJob job;
	private final Viewer viewer;
	private final NikSet niks = new NikSet();
	private final Map<String, Boolean> villages = new HashMap<>();
	private final Predicate<String> isVillage;
	private final Function<List<String>, Set<String>> villagesAmong;

	/**
	 * {@code lookUpVillage} answers for one code, {@code villagesAmong} for many at once (those of a chunk, in one
	 * query rather than one each: a national file names thousands of villages).
	 */
	ImportRun(ImportJob job, Viewer viewer, Predicate<String> lookUpVillage, Function<List<String>, Set<String>> villagesAmong) {
		this.job = job;
		this.viewer = viewer;
		this.isVillage = code -> villages.computeIfAbsent(code, lookUpVillage::test);
		this.villagesAmong = villagesAmong;
	}

	/** Learns in one query which of these codes, not met before, are villages. */
	void lookUpVillages(Collection<String> codes) {
		List<String> unknown = codes.stream().filter(code -> code != null && !villages.containsKey(code)).distinct().toList();
		if (!unknown.isEmpty()) {
			Set<String> found = villagesAmong.apply(unknown);
			unknown.forEach(code -> villages.put(code, found.contains(code)));
		}
	}

	ImportJob job() {
		return job;
	}

	Viewer viewer() {
		return viewer;
	}

	NikSet niks() {
		return niks;
	}

	Predicate<String> isVillage() {
		return isVillage;
	}
}
