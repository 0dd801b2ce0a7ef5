package dev.plaza.rules.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.platform.NewestFirstPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every version of every country's document; rows are only ever added. */
@Repository
@Transactional
public class CountryVersionRepository {

	private static final String COLUMNS = "id, country, version, effective_from, document::text AS document, created_by, created_at";

	private final JdbcClient jdbc;

	CountryVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the document as the country's next version. Versions of one country are numbered one
	 * after the other, so concurrent publications of the same country wait for each other.
	 */
	public StoredVersion append(String country, Instant effectiveFrom, String document, String createdBy) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rules.country_versions'), hashtext(:country))")
			.param("country", country)
			.query()
			.singleRow();
		return jdbc.sql("""
				INSERT INTO rules.country_versions (id, country, version, effective_from, document, created_by)
				SELECT :id, :country, coalesce(max(version), 0) + 1, :effectiveFrom, :document::jsonb, :createdBy
				FROM rules.country_versions WHERE country = :country
				RETURNING """ + " " + COLUMNS)
			.param("id", Ids.newId())
			.param("country", country)
			.param("effectiveFrom", OffsetDateTime.ofInstant(effectiveFrom, ZoneOffset.UTC))
			.param("document", document)
			.param("createdBy", createdBy)
			.query(CountryVersionRepository::version)
			.single();
	}

	/** Stores version 1 of a country that has none yet; nothing if it has any. */
	public boolean seed(String country, Instant effectiveFrom, String document, String createdBy) {
		return jdbc.sql("""
				INSERT INTO rules.country_versions (id, country, version, effective_from, document, created_by)
				SELECT :id, :country, 1, :effectiveFrom, :document::jsonb, :createdBy
				WHERE NOT EXISTS (SELECT 1 FROM rules.country_versions WHERE country = :country)
				ON CONFLICT (country, version) DO NOTHING""")
			.param("id", Ids.newId())
			.param("country", country)
			.param("effectiveFrom", OffsetDateTime.ofInstant(effectiveFrom, ZoneOffset.UTC))
			.param("document", document)
			.param("createdBy", createdBy)
			.update() == 1;
	}

	/** Every version of every country, oldest first: few enough to hold in memory. */
	@Transactional(readOnly = true)
	public List<StoredVersion> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM rules.country_versions ORDER BY country, version")
			.query(CountryVersionRepository::version)
			.list();
	}

	/** A page of the country's versions, newest first. */
	@Transactional(readOnly = true)
	public List<StoredVersion> history(String country, NewestFirstPage page) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM rules.country_versions WHERE country = :country AND id < :before
				ORDER BY id DESC LIMIT :limit""")
			.param("country", country)
			.param("before", page.before())
			.param("limit", page.limit())
			.query(CountryVersionRepository::version)
			.list();
	}

	private static StoredVersion version(ResultSet rs, int row) throws SQLException {
		return new StoredVersion(rs.getObject("id", UUID.class), rs.getString("country"), rs.getInt("version"),
				rs.getObject("effective_from", OffsetDateTime.class).toInstant(), rs.getString("document"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** One version as stored, its document as JSON text. */
	public record StoredVersion(UUID id, String country, int version, Instant effectiveFrom, String document,
			String createdBy, Instant createdAt) {
	}
}
