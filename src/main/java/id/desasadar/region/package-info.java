/**
 * The official Kemendagri regions (province, regency, district, village), loaded as data and read by
 * every other module: a record belongs to a village, and an account's scopes are region codes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "support" })
@id.desasadar.support.OwnsTables({ "region", "region_dataset" })
package id.desasadar.region;
