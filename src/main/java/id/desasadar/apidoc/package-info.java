/**
 * The OpenAPI document of the JSON API ({@code /v3/api-docs}, issue #16 item 8): what a client generator needs,
 * with each operation's real answers read from the code (its mapping, its role check, the problems it can throw)
 * rather than written by hand beside it. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "support" })
package id.desasadar.apidoc;
