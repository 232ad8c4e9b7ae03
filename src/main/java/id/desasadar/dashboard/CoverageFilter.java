package id.desasadar.dashboard;

import java.time.LocalDate;

/**
 * What narrows the enrollments counted: a campaign (through its events) and a period of enrollment dates.
 * Workers and the workforce estimate are the region's whatever the filter.
 */
record CoverageFilter(Long campaignId, LocalDate from, LocalDate to) {

	static final CoverageFilter NONE = new CoverageFilter(null, null, null);

	/** Nothing narrows: the figures come from the aggregates. */
	boolean isEmpty() {
		return campaignId == null && from == null && to == null;
	}
}
