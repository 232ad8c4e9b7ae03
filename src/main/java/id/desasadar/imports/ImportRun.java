package id.desasadar.imports;

import java.util.HashMap;
import java.util.Map;
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

	ImportRun(ImportJob job, Viewer viewer, Predicate<String> lookUpVillage) {
		this.job = job;
		this.viewer = viewer;
		this.isVillage = code -> villages.computeIfAbsent(code, lookUpVillage::test);
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
