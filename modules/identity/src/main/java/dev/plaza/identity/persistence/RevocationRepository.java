package dev.plaza.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import dev.plaza.identity.application.Revocation;
import dev.plaza.identity.application.RevocationFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revocation list, in identity's database so that it survives restarts and reaches every instance. */
@Repository
public class RevocationRepository implements RevocationFeed {

	private final JdbcClient jdbc;

	RevocationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the entry; the caller hands it to its own {@link dev.plaza.identity.application.RevokedTokens} too. */
	public void add(Revocation entry) {
		jdbc.sql("""
				INSERT INTO identity.revocations (token_id, client_id, issued_before, expires_at, session_id)
				VALUES (:tokenId, :clientId, :issuedBefore, :expiresAt, :sessionId)""")
			.param("tokenId", entry.tokenId())
			.param("clientId", entry.clientId())
			.param("issuedBefore", entry.issuedBefore() == null ? null : Timestamp.from(entry.issuedBefore()))
			.param("expiresAt", Timestamp.from(entry.expiresAt()))
			.param("sessionId", entry.sessionId())
			.update();
	}

	@Override
	public List<Revocation> current() {
		return jdbc.sql("""
				SELECT token_id, client_id, issued_before, expires_at, session_id FROM identity.revocations
				WHERE expires_at > now() ORDER BY id""")
			.query(RevocationRepository::map)
			.list();
	}

	/** Forgets the entries past their expiry: every token they could name has expired. */
	public void forgetExpired() {
		jdbc.sql("DELETE FROM identity.revocations WHERE expires_at < now()").update();
	}

	private static Revocation map(ResultSet rs, int row) throws SQLException {
		Timestamp issuedBefore = rs.getTimestamp("issued_before");
		return new Revocation(rs.getString("token_id"), rs.getString("client_id"),
				issuedBefore == null ? null : issuedBefore.toInstant(), rs.getTimestamp("expires_at").toInstant(),
				rs.getString("session_id"));
	}
}
