/**
 * The managers' figures: coverage of a region and of each of its child regions (api.md, Dashboard).
 */
package id.desasadar.dashboard;
