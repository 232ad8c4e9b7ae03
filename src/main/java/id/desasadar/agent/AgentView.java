package id.desasadar.agent;

/** An agent as the API shows it. */
record AgentView(Long id, String name, String phone, String regionCode, String code, boolean active) {

	static AgentView of(Agent agent) {
		return new AgentView(agent.getId(), agent.getName(), agent.getPhone(), agent.getRegionCode(), agent.getCode(),
				agent.isActive());
	}
}
