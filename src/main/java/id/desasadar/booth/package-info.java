/**
 * Booth mode: at an event, an officer on a phone registers and enrolls one worker after another with one
 * short form, the event chosen once, and sees the event's running tally. Uses the registration of the
 * enrollment module and the events of the campaign module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "campaign", "contribution", "enrollment", "support", "worker" })
package id.desasadar.booth;
