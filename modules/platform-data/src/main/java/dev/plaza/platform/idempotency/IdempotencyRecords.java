package dev.plaza.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys and the responses they produced, per tenant. The table is tenant-owned, so
 * each call sees only the keys of the tenant it runs for.
 */
@Repository
class IdempotencyRecords {

	private final JdbcClient jdbc;

	private final IdempotencyProperties properties;

	IdempotencyRecords(JdbcClient jdbc, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional
	Claim claim(String key, byte[] fingerprint) {
		int inserted = jdbc.sql("""
				INSERT INTO platform.idempotency_records (tenant_id, idempotency_key, fingerprint, locked_until)
				VALUES (platform.current_tenant(), :key, :fingerprint, now() + make_interval(secs => :timeout))
				ON CONFLICT DO NOTHING""")
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("timeout", properties.inFlightTimeout().toSeconds())
			.update();
		if (inserted == 1) {
			return new Claim.Acquired();
		}
		Optional<Existing> existing = jdbc.sql("""
				SELECT fingerprint, locked_until, completed_at IS NOT NULL AS completed, effected_at IS NOT NULL AS effected,
				       response_status, response_content_type, response_location, response_body
				FROM platform.idempotency_records WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key FOR UPDATE""")
			.param("key", key)
			.query((rs, n) -> new Existing(rs.getBytes(1), rs.getTimestamp(2), rs.getBoolean(3), rs.getBoolean(4),
					new StoredResponse(rs.getInt(5), rs.getString(6), rs.getString(7), rs.getBytes(8))))
			.optional();
		if (existing.isEmpty()) {
			// Purged between our insert attempt and this read; the caller may simply retry.
			return new Claim.InFlight();
		}
		Existing found = existing.get();
		if (!Arrays.equals(found.fingerprint(), fingerprint)) {
			return new Claim.Mismatch();
		}
		if (found.completed()) {
			return new Claim.Completed(found.response());
		}
		if (found.lockedUntil().toInstant().isAfter(Instant.now())) {
			return new Claim.InFlight();
		}
		if (found.effected()) {
			return new Claim.ResponseLost();
		}
		jdbc.sql("""
				UPDATE platform.idempotency_records
				SET locked_until = now() + make_interval(secs => :timeout) WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key""")
			.param("key", key)
			.param("timeout", properties.inFlightTimeout().toSeconds())
			.update();
		return new Claim.Acquired();
	}

	/** Marks the key's request as done, in the caller's transaction: the one doing the request's work. */
	void markEffected(String key) {
		jdbc.sql("""
				UPDATE platform.idempotency_records SET effected_at = now()
				WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key AND effected_at IS NULL""")
			.param("key", key)
			.update();
	}

	@Transactional
	void complete(String key, StoredResponse response) {
		jdbc.sql("""
				UPDATE platform.idempotency_records
				SET completed_at = now(), locked_until = NULL, response_status = :status,
				    response_content_type = :contentType, response_location = :location, response_body = :body
				WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key""")
			.param("key", key)
			.param("status", response.status())
			.param("contentType", response.contentType())
			.param("location", response.location())
			.param("body", response.body())
			.update();
	}

	/** Forgets a key whose request failed on the server's side, so a retry can run it again. */
	@Transactional
	void release(String key) {
		jdbc.sql("DELETE FROM platform.idempotency_records WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key AND completed_at IS NULL")
			.param("key", key)
			.update();
	}

	/** Across all tenants, through a narrow definer-rights function: the app role cannot see them. */
	long purgeOlderThan(Instant cutoff) {
		return jdbc.sql("SELECT platform.purge_idempotency_records(:cutoff)")
			.param("cutoff", Timestamp.from(cutoff))
			.query(Long.class)
			.single();
	}

	private record Existing(byte[] fingerprint, Timestamp lockedUntil, boolean completed, boolean effected,
			StoredResponse response) {
	}
}
