package id.desasadar.account;

import java.util.Map;

/**
 * Where a refused use of a personal access token is recorded: the audit trail (audit.AuditedTokenRefusals). A
 * port, since the trail's module depends on this one. Called at most once per token and reason a minute
 * ({@link TokenRefusals}).
 *
 * @param actor the token's account, or {@code anonymous} for a token that matches none
 * @param tokenId {@code null} for a token that matches none
 * @param details the reason, method and path; never the presented secret
 */
public interface RefusedTokenUses {

	void record(String actor, Long tokenId, Map<String, Object> details);
}
