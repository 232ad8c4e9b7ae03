package id.desasadar.village;

import java.util.List;

/**
 * The Desa Sadar checklist as a village head reads it: each item with its state in plain words. An item is
 * MISSING when the readiness names it, MET when it holds, and only NOTED when it neither holds nor is
 * required by the criteria in force (RT/RW heads, BUMDes and coverage are settings, domain.md).
 */
record Checklist(List<Item> items) {

	enum State {
		MET, MISSING, NOTED
	}

	/** One line: a message key of the village bundle with its arguments, and its state. */
	record Item(String id, String messageKey, List<Object> args, State state) {
	}

	static Checklist of(Readiness readiness, ReadinessCriteria criteria) {
		List<String> missing = readiness.missing();
		Item head = new Item("head", "villages.checklist.head", List.of(),
				readiness.headEnrolled() ? State.MET : State.MISSING);
		Item officials = counted("officials", readiness.officialsEnrolled(), readiness.officialsCount(),
				state(missing, "officials-", true));
		Item rtRw = counted("rt-rw-heads", readiness.rtRwHeadsEnrolled(), readiness.rtRwHeadsCount(),
				state(missing, "rt-rw-heads-", criteria.rtRwHeadsMinimumShare() > 0
						|| (known(readiness.rtRwHeadsCount()) && readiness.rtRwHeadsEnrolled() >= readiness.rtRwHeadsCount())));
		Item bumdes = new Item("bumdes", readiness.bumdesActive() ? "villages.checklist.bumdes" : "villages.checklist.bumdes.inactive",
				List.of(), state(missing, "bumdes-", readiness.bumdesActive()));
		Item coverage = new Item("coverage",
				readiness.coverage() == null ? "villages.checklist.coverage.unknown" : "villages.checklist.coverage",
				readiness.coverage() == null ? List.of() : List.of(readiness.coverage()),
				state(missing, List.of("workforce-", "coverage-"), criteria.minimumCoverage() != null));
		return new Checklist(List.of(head, officials, rtRw, bumdes, coverage));
	}

	private static Item counted(String id, int enrolled, Integer total, State state) {
		return known(total) ? new Item(id, "villages.checklist." + id, List.of(enrolled, total), state)
				: new Item(id, "villages.checklist." + id + ".unknown", List.of(enrolled), state);
	}

	private static State state(List<String> missing, String prefix, boolean met) {
		return state(missing, List.of(prefix), met);
	}

	private static State state(List<String> missing, List<String> prefixes, boolean met) {
		if (missing.stream().anyMatch(code -> prefixes.stream().anyMatch(code::startsWith))) {
			return State.MISSING;
		}
		return met ? State.MET : State.NOTED;
	}

	private static boolean known(Integer total) {
		return total != null && total > 0;
	}
}
