package id.desasadar.worker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two names probably belong to the same person, for the "possible duplicate" warning (domain.md:
 * similar name + birth date + village is a candidate for a person to review). Names are compared without
 * case, accents, punctuation or extra spaces, and may differ by a typing slip or a missing part.
 */
final class SimilarNames {

	private static final int MAX_EDITS = 2;

	private SimilarNames() {
	}

	static boolean similar(String a, String b) {
		String x = normalise(a);
		String y = normalise(b);
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		if (x.equals(y) || x.contains(y) || y.contains(x)) {
			return true;
		}
		return editDistance(x, y) <= MAX_EDITS;
	}

	static String normalise(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim().replaceAll(" +", " ");
	}

	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
