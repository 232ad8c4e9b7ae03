package id.desasadar.enrollment;

import java.util.List;

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

	/** An agent who may take a worker's payment at a booth, as the officer picks them: by name and code. */
	record Collector(long id, String name, String code) {
	}

	/** The active agents working where the village is, that the caller may credit; by name. */
	List<Collector> collectorsFor(String villageCode, Viewer viewer);
}
