package dev.plaza.identity.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions a person is logged in with — one per app they authorized — which they can see and
 * end. Ending one stops its refresh token and access tokens at once.
 */
@Service
public class StaffSessions {

	private final JdbcClient jdbc;

	private final RegisteredClientRepository clients;

	private final SessionRevocations revocations;

	StaffSessions(JdbcClient jdbc, RegisteredClientRepository clients, SessionRevocations revocations) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.revocations = revocations;
	}

	/**
	 * A person's session.
	 *
	 * @param lastUsed when the app last got a token under it
	 */
	public record StaffSession(String id, String clientName, Instant created, Instant lastUsed) {
	}

	/** The member's sessions, the most recently used first. */
	@Transactional(readOnly = true)
	public List<StaffSession> of(UUID member) {
		return jdbc.sql("""
				SELECT id, registered_client_id, authorization_code_issued_at,
				       greatest(access_token_issued_at, refresh_token_issued_at) AS last_used
				FROM identity.oauth2_authorization
				WHERE principal_name = :member AND (access_token_value IS NOT NULL OR refresh_token_value IS NOT NULL)
				ORDER BY last_used DESC, id""")
			.param("member", member.toString())
			.query(this::map)
			.list();
	}

	/** Ends the member's session; another person's, or one already ended, is not found. */
	@Transactional
	public void end(UUID member, String sessionId) {
		boolean theirs = jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.oauth2_authorization WHERE id = :id AND principal_name = :member)")
			.param("id", sessionId)
			.param("member", member.toString())
			.query(Boolean.class)
			.single();
		if (!theirs) {
			throw Problem.notFound("session", sessionId);
		}
		revocations.end(sessionId);
	}

	private StaffSession map(ResultSet rs, int row) throws SQLException {
		RegisteredClient client = clients.findById(rs.getString("registered_client_id"));
		Timestamp created = rs.getTimestamp("authorization_code_issued_at");
		Timestamp lastUsed = rs.getTimestamp("last_used");
		return new StaffSession(rs.getString("id"), client == null ? null : client.getClientName(),
				created == null ? null : created.toInstant(), lastUsed == null ? null : lastUsed.toInstant());
	}
}
