/**
 * The managers' figures: coverage of a region and of each of its child regions (api.md, Dashboard).
 */
@id.desasadar.support.OwnsTables({ "district_enrollment_months", "district_enrollments", "district_programs", "district_workers", "village_enrollments", "village_programs", "village_workers" })
package id.desasadar.dashboard;
