package dev.plaza.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People's sessions: the authorizations they granted apps (rows of Spring Authorization Server's
 * store, which belong to the platform: a person logs in before any tenant is known), and the
 * refresh tokens already exchanged in them, kept by hash to recognize one presented again.
 */
@Repository
public class StaffSessionRepository {

	private final JdbcClient jdbc;

	StaffSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A session as its person sees it.
	 *
	 * @param clientId the registered client's id (not its {@code client_id})
	 * @param lastUsed when the app last got a token in it
	 */
	public record SessionRow(String id, String clientId, Instant created, Instant lastUsed) {
	}

	/** The member's sessions that got tokens, the most recently used first. */
	public List<SessionRow> ofMember(UUID member) {
		return jdbc.sql("""
				SELECT id, registered_client_id, authorization_code_issued_at,
				       greatest(access_token_issued_at, refresh_token_issued_at) AS last_used
				FROM identity.oauth2_authorization
				WHERE principal_name = :member AND (access_token_value IS NOT NULL OR refresh_token_value IS NOT NULL)
				ORDER BY last_used DESC, id""")
			.param("member", member.toString())
			.query(StaffSessionRepository::map)
			.list();
	}

	/** Every session of the member, whether it got tokens yet or not. */
	public List<String> idsOf(UUID member) {
		return jdbc.sql("SELECT id FROM identity.oauth2_authorization WHERE principal_name = :member")
			.param("member", member.toString())
			.query(String.class)
			.list();
	}

	public boolean belongsTo(String session, UUID member) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.oauth2_authorization WHERE id = :id AND principal_name = :member)")
			.param("id", session)
			.param("member", member.toString())
			.query(Boolean.class)
			.single();
	}

	public void remove(String session) {
		jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE id = :id").param("id", session).update();
	}

	/** Remembers that the refresh token (by its SHA-256) was exchanged in the session. */
	public void spent(byte[] refreshTokenHash, String session, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO identity.spent_refresh_tokens (token_hash, authorization_id, expires_at)
				VALUES (:hash, :session, :expiresAt) ON CONFLICT DO NOTHING""")
			.param("hash", refreshTokenHash)
			.param("session", session)
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** The session a refresh token already exchanged belonged to. */
	public Optional<String> spentIn(byte[] refreshTokenHash) {
		return jdbc.sql("SELECT authorization_id FROM identity.spent_refresh_tokens WHERE token_hash = :hash")
			.param("hash", refreshTokenHash)
			.query(String.class)
			.optional();
	}

	/**
	 * Forgets spent refresh tokens past their expiry, and sessions none of whose tokens can be used
	 * any more: nothing they could answer is left.
	 */
	public void forgetExpired() {
		jdbc.sql("DELETE FROM identity.spent_refresh_tokens WHERE expires_at < now()").update();
		jdbc.sql("""
				DELETE FROM identity.oauth2_authorization
				WHERE coalesce(refresh_token_expires_at, access_token_expires_at, authorization_code_expires_at) < now()
				  AND coalesce(access_token_expires_at, authorization_code_expires_at) < now()""").update();
	}

	private static SessionRow map(ResultSet rs, int row) throws SQLException {
		Timestamp created = rs.getTimestamp("authorization_code_issued_at");
		Timestamp lastUsed = rs.getTimestamp("last_used");
		return new SessionRow(rs.getString("id"), rs.getString("registered_client_id"),
				created == null ? null : created.toInstant(), lastUsed == null ? null : lastUsed.toInstant());
	}
}
