package id.desasadar.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.desasadar.region.RegionCode;
import id.desasadar.support.ConflictException;
import id.desasadar.support.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal access tokens (table {@code access_token} of V52, owned here): created with a secret shown once,
 * listed, revoked, and looked up by the SHA-256 of a presented secret together with the account's role, scopes and
 * whether it is enabled, read at that moment. Creation and revocation reach the audit trail through the table's
 * trigger, under the name of whoever is signed in.
 */
@Component
class AccessTokens {

	private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

	/** A client busier than this writes its last use once a minute, not on every call. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
	/** Active tokens an account may hold: enough for every client a person runs, not an unbounded table. */
	static final int MAX_ACTIVE = 20;

	private static final String COLUMNS = "id, name, prefix, scope, created_at, expires_at, last_used_at, revoked_at, revoked_by";

	private final JdbcTemplate jdbc;
	private final Clock clock;

	AccessTokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A presented token with its account as it is now. {@link #refusal} says why it may not be used, if it may not.
	 */
	record TokenUse(long tokenId, AccessTokenScope scope, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
			AccountPrincipal principal) {

		/** {@code null} when the token may be used now; else the reason, as the audit trail records it. */
		String refusal(Instant now) {
			if (revokedAt != null) {
				return "revoked";
			}
			if (!now.isBefore(expiresAt)) {
				return "expired";
			}
			return principal.enabled() ? null : "account-disabled";
		}
	}

	/** The id of the signed-in account, whose own tokens are meant. */
	long accountOf(Viewer viewer) {
		return jdbc.query("select id from account where username = ?", (rs, i) -> rs.getLong(1), viewer.username()).stream()
			.findFirst().orElseThrow(() -> new NotFoundException("account", viewer.username()));
	}

	@Transactional
	public CreatedAccessToken create(long accountId, AccessTokenForm.Checked form) {
		Instant now = clock.instant();
		// the account's row locked, so that two creations at once cannot both pass the limit
		jdbc.queryForObject("select id from account where id = ? for update", Long.class, accountId);
		Integer active = jdbc.queryForObject("""
				select count(*) from access_token where account_id = ? and revoked_at is null and expires_at > ?""",
				Integer.class, accountId, Timestamp.from(now));
		if (active != null && active >= MAX_ACTIVE) {
			throw new ConflictException("too-many-tokens", "problem.too-many-tokens", Map.of("limit", MAX_ACTIVE), MAX_ACTIVE);
		}
		AccessTokenSecret secret = AccessTokenSecret.generate();
		Instant expiresAt = now.plus(form.lifetime());
		Long id = jdbc.queryForObject("""
				insert into access_token (account_id, name, secret_hash, prefix, scope, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, accountId, form.name(), secret.hash(),
				secret.prefix(), form.scope().name(), Timestamp.from(now), Timestamp.from(expiresAt));
		log.info("Access token {} ({}, {}) created for account {}", id, secret.prefix(), form.scope(), accountId);
		AccessTokenView view = new AccessTokenView(id, form.name(), secret.prefix(), form.scope(), now, expiresAt, null,
				null, null, AccessTokenView.Status.ACTIVE);
		return CreatedAccessToken.of(view, secret);
	}

	/** An account's tokens, newest first; revoked and expired ones included, as the record of what existed. */
	@Transactional(readOnly = true)
	public Page<AccessTokenView> of(long accountId, Pageable pageable) {
		Long total = jdbc.queryForObject("select count(*) from access_token where account_id = ?", Long.class, accountId);
		List<AccessTokenView> tokens = jdbc.query("select " + COLUMNS + " " + """
				from access_token where account_id = ? order by created_at desc, id desc limit ? offset ?""",
				this::view, accountId, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(tokens, pageable, total == null ? 0 : total);
	}

	@Transactional(readOnly = true)
	public AccessTokenView find(long accountId, long tokenId) {
		return jdbc.query("select " + COLUMNS + " from access_token where id = ? and account_id = ?", this::view,
				tokenId, accountId).stream().findFirst().orElseThrow(() -> new NotFoundException("token", tokenId));
	}

	/**
	 * Revokes a token of the account ({@code 404} when it has no such token). Revoking a revoked token changes
	 * nothing: it keeps who revoked it first.
	 */
	@Transactional
	public void revoke(long accountId, long tokenId, String by) {
		int revoked = jdbc.update("""
				update access_token set revoked_at = ?, revoked_by = ? where id = ? and account_id = ? and revoked_at is null""",
				Timestamp.from(clock.instant()), by, tokenId, accountId);
		if (revoked == 0) {
			find(accountId, tokenId);
			return;
		}
		log.info("Access token {} of account {} revoked by '{}'", tokenId, accountId, by);
	}

	/** One indexed read: the token by its hash, joined with its account and the account's scopes. */
	Optional<TokenUse> find(String presentedSecret) {
		return jdbc.query("""
				select t.id, t.scope, t.expires_at, t.revoked_at, t.last_used_at,
				       a.username, a.role, a.display_name, a.enabled, a.version,
				       array(select s.region_code from account_scope s where s.account_id = a.id order by s.region_code) scopes
				from access_token t join account a on a.id = t.account_id
				where t.secret_hash = ?""", this::use, AccessTokenSecret.hashOf(presentedSecret)).stream().findFirst();
	}

	/** Notes the use, unless one was noted in the last minute (and then no write at all). */
	void touch(TokenUse use) {
		Instant now = clock.instant();
		if (use.lastUsedAt() != null && use.lastUsedAt().isAfter(now.minus(TOUCH_EVERY))) {
			return;
		}
		// the condition again in SQL: of several instances or threads seeing an old value, one writes
		jdbc.update("update access_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at <= ?)",
				Timestamp.from(now), use.tokenId(), Timestamp.from(now.minus(TOUCH_EVERY)));
	}

	private TokenUse use(ResultSet rs, int row) throws SQLException {
		String[] scopes = (String[]) rs.getArray("scopes").getArray();
		Viewer viewer = new Viewer(rs.getString("username"), Role.valueOf(rs.getString("role")),
				Arrays.stream(scopes).map(RegionCode::new).toList());
		AccountPrincipal principal = new AccountPrincipal(viewer, rs.getString("display_name"), null,
				rs.getBoolean("enabled"), rs.getLong("version"));
		return new TokenUse(rs.getLong("id"), AccessTokenScope.valueOf(rs.getString("scope")),
				instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"), principal);
	}

	private AccessTokenView view(ResultSet rs, int row) throws SQLException {
		Instant expiresAt = instant(rs, "expires_at");
		Instant revokedAt = instant(rs, "revoked_at");
		return new AccessTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				AccessTokenScope.valueOf(rs.getString("scope")), instant(rs, "created_at"), expiresAt,
				instant(rs, "last_used_at"), revokedAt, rs.getString("revoked_by"),
				AccessTokenView.statusOf(expiresAt, revokedAt, clock.instant()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
