/** Campaigns of a branch and their events (festival booths, socialisations, door-to-door rounds). */
@id.desasadar.support.OwnsTables({ "campaign", "event" })
package id.desasadar.campaign;
