/**
 * What every page shares: the layout, sign-in, the home page of each role, and error pages. The pages of a
 * feature live in that feature's package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "campaign", "region", "support" })
package id.desasadar.web;
