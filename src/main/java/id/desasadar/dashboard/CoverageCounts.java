package id.desasadar.dashboard;

import java.util.Map;

import id.desasadar.contribution.Program;

/** What a count of a region gives, by child region code, and the programs of its open enrollments. */
record CoverageCounts(Map<String, Child> children, Map<Program, Long> byProgram) {

	/** Workers of a child region and its open enrollments by status (enrolled is their total). */
	record Child(long workers, Statuses statuses) {

		static final Child NONE = new Child(0, Statuses.NONE);

		long enrolled() {
			return statuses.total();
		}
	}
}
