package id.desasadar.enrollment;

/**
 * api.md, Enrollment lifecycle: {@code {endedOn, reason: LEFT|DIED|MOVED_TO_PU|DUPLICATE|OTHER, note}}, and an
 * optional {@code version}. {@code endedOn} defaults to today; a note is required with OTHER.
 */
record EndRequest(String endedOn, String reason, String note, Long version) {
}
