package id.desasadar.audit;

import java.util.Map;

import id.desasadar.account.RefusedTokenUses;

import org.springframework.stereotype.Component;

/**
 * A refused use of a personal access token as an ACCESS_REFUSED event of record type {@code access_token}, of no
 * region, like the token's own creation and revocation: administrators read them.
 */
@Component
class AuditedTokenRefusals implements RefusedTokenUses {

	private final AuditTrail trail;

	AuditedTokenRefusals(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void record(String actor, Long tokenId, Map<String, Object> details) {
		trail.record(actor, AuditAction.ACCESS_REFUSED, "access_token", tokenId == null ? null : tokenId.toString(), null,
				null, details);
	}
}
