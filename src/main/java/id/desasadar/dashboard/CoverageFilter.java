package id.desasadar.dashboard;

import java.time.LocalDate;

/**
 * What narrows the enrollments counted: a campaign (through its events) and a period of enrollment dates.
 * Workers and the workforce estimate are the region's whatever the filter.
 */
record CoverageFilter(Long campaignId, LocalDate from, LocalDate to) {
}
