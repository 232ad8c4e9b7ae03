/**
 * Accounts, roles and scopes (api.md, Access): who is signed in ({@link id.desasadar.account.Viewer}),
 * which villages they may see, and the security of pages and API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region", "support" })
@id.desasadar.support.OwnsTables({ "account", "account_scope", "sign_in_failure", "spring_session", "spring_session_attributes", "access_token" })
package id.desasadar.account;
