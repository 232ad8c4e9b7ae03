/**
 * Accounts, roles and scopes (api.md, Access): who is signed in ({@link id.desasadar.account.Viewer}),
 * which villages they may see, and the security of pages and API.
 */
package id.desasadar.account;
