package dev.plaza.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.identity.domain.StaffLinkPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time links e-mailed to people, by the hash of their token. */
@Repository
public class StaffTokenRepository {

	private final JdbcClient jdbc;

	StaffTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A link still unused, whether or not it expired. */
	public record Link(UUID member, StaffLinkPurpose purpose, Instant expiresAt, boolean used) {
	}

	/** Adds a link, ending every earlier unused link of the person for the same purpose. */
	public void replace(byte[] tokenHash, UUID member, StaffLinkPurpose purpose, Instant expiresAt) {
		endAll(member, purpose);
		jdbc.sql("""
				INSERT INTO identity.staff_tokens (token_hash, member_id, purpose, expires_at)
				VALUES (:hash, :member, :purpose, :expiresAt)""")
			.param("hash", tokenHash)
			.param("member", member)
			.param("purpose", purpose.code())
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** Ends the person's unused links for the purpose. */
	public void endAll(UUID member, StaffLinkPurpose purpose) {
		jdbc.sql("UPDATE identity.staff_tokens SET used_at = now() WHERE member_id = :member AND purpose = :purpose AND used_at IS NULL")
			.param("member", member)
			.param("purpose", purpose.code())
			.update();
	}

	/** Whether a link for the purpose was made for the person after the instant. */
	public boolean sentSince(UUID member, StaffLinkPurpose purpose, Instant since) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.staff_tokens WHERE member_id = :member AND purpose = :purpose AND created_at > :since)")
			.param("member", member)
			.param("purpose", purpose.code())
			.param("since", Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	public Optional<Link> find(byte[] tokenHash, StaffLinkPurpose purpose) {
		return jdbc.sql("SELECT member_id, expires_at, used_at FROM identity.staff_tokens WHERE token_hash = :hash AND purpose = :purpose")
			.param("hash", tokenHash)
			.param("purpose", purpose.code())
			.query((rs, n) -> new Link(rs.getObject("member_id", UUID.class), purpose, rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") != null))
			.optional();
	}

	/** Uses the link; false when it was used (or ended) already. */
	public boolean use(byte[] tokenHash) {
		return jdbc.sql("UPDATE identity.staff_tokens SET used_at = now() WHERE token_hash = :hash AND used_at IS NULL")
			.param("hash", tokenHash)
			.update() == 1;
	}
}
