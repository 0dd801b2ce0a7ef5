package dev.plaza.rules.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's country and overrides (row-level security keeps it to the tenant). */
@Repository
@Transactional
public class TenantConfigurationRepository {

	private final JdbcClient jdbc;

	TenantConfigurationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<StoredTenantConfiguration> current() {
		return jdbc.sql("""
				SELECT country, overrides::text AS overrides, updated_by, updated_at FROM rules.tenant_configurations
				WHERE tenant_id = platform.current_tenant()""")
			.query((rs, row) -> new StoredTenantConfiguration(rs.getString("country"), rs.getString("overrides"),
					rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Sets the tenant's country and overrides, replacing what it had. */
	public void save(String country, String overrides, String updatedBy) {
		jdbc.sql("""
				INSERT INTO rules.tenant_configurations (tenant_id, country, overrides, updated_by)
				VALUES (platform.current_tenant(), :country, :overrides::jsonb, :updatedBy)
				ON CONFLICT (tenant_id) DO UPDATE SET country = excluded.country, overrides = excluded.overrides,
				    updated_by = excluded.updated_by, updated_at = now(), revision = nextval('rules.revisions')""")
			.param("country", country)
			.param("overrides", overrides)
			.param("updatedBy", updatedBy)
			.update();
	}

	/** Makes the tenant follow the country, keeping its overrides; false when it already did. */
	public boolean adopt(String country, String updatedBy) {
		return jdbc.sql("""
				INSERT INTO rules.tenant_configurations (tenant_id, country, updated_by)
				VALUES (platform.current_tenant(), :country, :updatedBy)
				ON CONFLICT (tenant_id) DO UPDATE SET country = excluded.country, updated_by = excluded.updated_by,
				    updated_at = now(), revision = nextval('rules.revisions')
				WHERE tenant_configurations.country <> excluded.country""")
			.param("country", country)
			.param("updatedBy", updatedBy)
			.update() == 1;
	}

	/** Changes committed since the instant, across tenants: which country, and whose overrides. */
	@Transactional(readOnly = true)
	public List<Change> changesSince(Instant since) {
		return jdbc.sql("SELECT revision, country, tenant_id FROM rules.changes_since(:since)")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, row) -> new Change(rs.getLong("revision"), rs.getString("country"),
					Optional.ofNullable(rs.getObject("tenant_id", UUID.class))))
			.list();
	}

	public record StoredTenantConfiguration(String country, String overrides, String updatedBy, Instant updatedAt) {
	}

	/** A country version ({@code tenant} empty) or a tenant's overrides, by the revision it took. */
	public record Change(long revision, String country, Optional<UUID> tenant) {
	}
}
