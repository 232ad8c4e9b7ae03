package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

/**
 * What an enrollment needs to know of events: whether one exists in the caller's scope. Implemented by
 * the campaign module, which in turn reads the enrollment figures, so the dependency points one way.
 */
public interface EventLookup {

	boolean isVisible(long eventId, Viewer viewer);
}
