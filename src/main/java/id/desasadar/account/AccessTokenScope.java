package id.desasadar.account;

/**
 * What a personal access token may do, always within its account's role and scopes, which are read from the
 * account at each use: never more than the account.
 */
public enum AccessTokenScope {
	/** Reads only: GET, HEAD and OPTIONS; any other method is {@code 403 read-only-token}. */
	READ_ONLY,
	/** Whatever the account may do through the API, except creating tokens. */
	FULL
}
