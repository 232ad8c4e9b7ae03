package id.desasadar.account;

import java.net.URI;

import id.desasadar.support.ProblemException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal access tokens through the API (api.md, Personal access tokens): one's own under
 * {@code /api/v1/account/tokens}, and an administrator's view of the accounts they manage under
 * {@code /api/v1/accounts/{id}/tokens} (an account outside their scope is {@code 404}).
 */
@RestController
class AccessTokenApi {

	private final AccessTokens tokens;
	private final AccountAdministration administration;

	AccessTokenApi(AccessTokens tokens, AccountAdministration administration) {
		this.tokens = tokens;
		this.administration = administration;
	}

	@GetMapping("/api/v1/account/tokens")
	PagedModel<AccessTokenView> own(Pageable pageable, Viewer viewer) {
		return new PagedModel<>(tokens.of(tokens.accountOf(viewer), unsorted(pageable)));
	}

	@GetMapping("/api/v1/account/tokens/{tokenId}")
	AccessTokenView ownToken(@PathVariable long tokenId, Viewer viewer) {
		return tokens.find(tokens.accountOf(viewer), tokenId);
	}

	/**
	 * Only with a password (HTTP Basic here, or a page session): a token that could create tokens would let whoever
	 * holds a leaked one mint fresh ones that outlive its expiry and its revocation.
	 */
	@PostMapping("/api/v1/account/tokens")
	ResponseEntity<CreatedAccessToken> create(@RequestBody(required = false) AccessTokenForm form, Viewer viewer) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication) {
			throw new TokenCannotCreateTokens();
		}
		AccessTokenForm.Checked checked = (form == null ? new AccessTokenForm(null, null, null) : form).checked();
		CreatedAccessToken created = tokens.create(tokens.accountOf(viewer), checked);
		return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + created.id()))
			.header("Cache-Control", "no-store")
			.body(created);
	}

	@DeleteMapping("/api/v1/account/tokens/{tokenId}")
	ResponseEntity<Void> revokeOwn(@PathVariable long tokenId, Viewer viewer) {
		tokens.revoke(tokens.accountOf(viewer), tokenId, viewer.username());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/accounts/{id}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	PagedModel<AccessTokenView> ofAccount(@PathVariable long id, Pageable pageable, Viewer admin) {
		return new PagedModel<>(tokens.of(administration.find(id, admin).id(), unsorted(pageable)));
	}

	@DeleteMapping("/api/v1/accounts/{id}/tokens/{tokenId}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> revokeOfAccount(@PathVariable long id, @PathVariable long tokenId, Viewer admin) {
		tokens.revoke(administration.find(id, admin).id(), tokenId, admin.username());
		return ResponseEntity.noContent().build();
	}

	/** The tokens come newest first, always. */
	private static Pageable unsorted(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
	}

	static final class TokenCannotCreateTokens extends ProblemException {

		TokenCannotCreateTokens() {
			super(HttpStatus.FORBIDDEN, "token-cannot-create-tokens", "problem.token.cannot-create");
		}
	}
}
