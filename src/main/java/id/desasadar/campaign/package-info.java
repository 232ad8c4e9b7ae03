/** Campaigns of a branch and their events (festival booths, socialisations, door-to-door rounds). */
package id.desasadar.campaign;
