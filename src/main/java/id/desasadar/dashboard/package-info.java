/**
 * The managers' figures: coverage of a region and of each of its child regions (api.md, Dashboard).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "campaign", "contribution", "enrollment", "region", "support", "village" })
package id.desasadar.dashboard;
