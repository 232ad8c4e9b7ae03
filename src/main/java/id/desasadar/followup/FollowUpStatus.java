package id.desasadar.followup;

/**
 * The statuses the follow-up list holds, named as in {@link id.desasadar.enrollment.CoverageStatus}: the others have nobody to remind (ACTIVE, ENDED) or nothing paid
 * to measure arrears from (PENDING).
 */
enum FollowUpStatus {
	ARREARS, LAPSED
}
