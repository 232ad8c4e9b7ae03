/**
 * Perisai agents (Penggerak Jaminan Sosial Indonesia), who recruit participants in a region, and the
 * monthly figures of agents and staff: new participants, contributions collected, and what an agent earns under
 * the scheme in force that month, the 2018 one (fee and bonus) or the 2022 one (acquisition, retention by
 * participant month, the Kantor Perisai's share) (domain.md, Who uses it; Perisai incentives since 2022). The
 * schemes are dated rules kept on the rules page, as a section of the contribution module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "contribution", "enrollment", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "agent", "agent_fee_rule" })
package id.desasadar.agent;
