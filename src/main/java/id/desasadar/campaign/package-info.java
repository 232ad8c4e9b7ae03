/** Campaigns of a branch and their events (festival booths, socialisations, door-to-door rounds). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "enrollment", "region", "support" })
@id.desasadar.support.OwnsTables({ "campaign", "event" })
package id.desasadar.campaign;
