/**
 * Villages: the profile a village head keeps, the village's figures, the Desa Sadar checklist and the
 * designation (domain.md, Desa Sadar designation).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "campaign", "enrollment", "followup", "region", "support", "worker" })
@id.desasadar.support.OwnsTables({ "village_profile", "designation", "readiness_criteria", "village_readiness" })
package id.desasadar.village;
