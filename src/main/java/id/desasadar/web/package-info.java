/**
 * What every page shares: the layout, sign-in, the home page of each role, and error pages. The pages of a
 * feature live in that feature's package.
 */
package id.desasadar.web;
