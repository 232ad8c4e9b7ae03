package id.desasadar.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with a personal access token: the account as it is now ({@link AccountPrincipal}, whose
 * {@link Viewer} every feature uses, so a token's reach is its account's), the token and its scope.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private final AccountPrincipal principal;
	private final long tokenId;
	private final AccessTokenScope scope;

	AccessTokenAuthentication(AccountPrincipal principal, long tokenId, AccessTokenScope scope) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.tokenId = tokenId;
		this.scope = scope;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return principal;
	}

	long tokenId() {
		return tokenId;
	}

	AccessTokenScope scope() {
		return scope;
	}
}
