/**
 * Perisai agents (Penggerak Jaminan Sosial Indonesia), who recruit participants in a region, and the
 * monthly figures of agents and staff: new participants, contributions collected, and the agent fee
 * (domain.md, Who uses it).
 */
package id.desasadar.agent;
