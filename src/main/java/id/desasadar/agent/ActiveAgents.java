package id.desasadar.agent;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.AgentLookup;

import org.springframework.stereotype.Component;

/** Tells the enrollment desk whether an agent may be credited with a new participant. */
@Component
class ActiveAgents implements AgentLookup {

	private final Agents agents;

	ActiveAgents(Agents agents) {
		this.agents = agents;
	}

	@Override
	public Standing standing(long agentId, Viewer viewer) {
		return agents.findById(agentId).filter(a -> viewer.sees(a.getRegionCode()))
			.map(a -> a.isActive() ? Standing.ACTIVE : Standing.INACTIVE)
			.orElse(Standing.UNKNOWN);
	}

	@Override
	public List<Collector> collectorsFor(String villageCode, Viewer viewer) {
		return agents.findActiveCovering(villageCode).stream().filter(a -> viewer.sees(a.getRegionCode()))
			.map(a -> new Collector(a.getId(), a.getName(), a.getCode())).toList();
	}
}
