package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

/**
 * What an enrollment needs to know of Perisai agents: whether one may be credited with a new participant.
 * Implemented by the agent module, which in turn reads the enrollments for its figures, so the dependency
 * points one way (as with {@link EventLookup}).
 */
public interface AgentLookup {

	/** Where an agent stands for the caller: unknown (or out of scope), no longer active, or active. */
	enum Standing {
		UNKNOWN, INACTIVE, ACTIVE
	}

	Standing standing(long agentId, Viewer viewer);
}
