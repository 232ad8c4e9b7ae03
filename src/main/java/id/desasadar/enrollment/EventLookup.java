package id.desasadar.enrollment;

import java.util.Optional;

import id.desasadar.account.Viewer;

/**
 * What an enrollment needs to know of events: the name of one in the caller's scope, empty when it is
 * unknown or out of scope. Implemented by the campaign module, which in turn reads the enrollment
 * figures, so the dependency points one way.
 */
public interface EventLookup {

	Optional<String> visibleName(long eventId, Viewer viewer);
}
