package dev.plaza.audit.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.plaza.audit.domain.Hash;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chain heads published per tenant and day. Used in the platform's transactions, which see every chain. */
@Repository
public class HeadPublicationRepository {

	private final JdbcClient jdbc;

	HeadPublicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A chain's head as published for a day. */
	public record Publication(TenantId tenant, long entries, Hash head, LocalDate day, Instant at) {
	}

	/**
	 * Records, for the day, the head of every chain whose head for that day is not recorded yet, and answers
	 * those: the instances that try the same day at once each get the chains only they recorded.
	 */
	public List<Publication> publishHeads(LocalDate day) {
		return jdbc.sql("""
				INSERT INTO audit.head_publications (tenant_id, day, entries, head)
				SELECT DISTINCT ON (tenant_id) tenant_id, :day, sequence, hash
				FROM audit.entries ORDER BY tenant_id, sequence DESC
				ON CONFLICT (tenant_id, day) DO NOTHING
				RETURNING tenant_id, entries, head, day, published_at""")
			.param("day", day)
			.query((rs, row) -> new Publication(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getLong("entries"),
					Hash.of(rs.getBytes("head")), rs.getObject("day", LocalDate.class),
					rs.getObject("published_at", OffsetDateTime.class).toInstant()))
			.list();
	}
}
