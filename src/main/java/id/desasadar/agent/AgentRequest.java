package id.desasadar.agent;

/** {@code POST /api/v1/agents}: {@code {name, phone, regionCode, code}}. */
record AgentRequest(String name, String phone, String regionCode, String code) {
}
