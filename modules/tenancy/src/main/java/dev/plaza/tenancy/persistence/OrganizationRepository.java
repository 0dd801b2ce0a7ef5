package dev.plaza.tenancy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.Organization.EnvironmentTenant;
import dev.plaza.tenancy.domain.OrganizationSlug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations and their tenants. Row-level security decides which rows a caller sees. */
@Repository
public class OrganizationRepository {

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Organization organization) {
		jdbc.sql("INSERT INTO tenancy.organizations (id, slug, name) VALUES (:id, :slug, :name)")
			.param("id", organization.id().value())
			.param("slug", organization.slug().value())
			.param("name", organization.name())
			.update();
		addTenants(organization);
	}

	private void addTenants(Organization organization) {
		for (EnvironmentTenant tenant : organization.tenants()) {
			jdbc.sql("INSERT INTO tenancy.tenants (id, organization_id, environment) VALUES (:id, :organization, :environment)")
				.param("id", tenant.id().value())
				.param("organization", organization.id().value())
				.param("environment", tenant.environment().code())
				.update();
		}
	}

	/**
	 * Adds the organization and its tenants unless one with its slug exists; a concurrent founder of
	 * the same slug waits for this one and then adds nothing.
	 */
	public void addIfAbsent(Organization organization) {
		int added = jdbc.sql("INSERT INTO tenancy.organizations (id, slug, name) VALUES (:id, :slug, :name) ON CONFLICT (slug) DO NOTHING")
			.param("id", organization.id().value())
			.param("slug", organization.slug().value())
			.param("name", organization.name())
			.update();
		if (added == 1) {
			addTenants(organization);
		}
	}

	public Optional<Organization> find(OrganizationId id) {
		return jdbc.sql("SELECT id, slug, name FROM tenancy.organizations WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Organization(id, new OrganizationSlug(rs.getString("slug")), rs.getString("name"),
					tenantsOf(id)))
			.optional();
	}

	/** Up to {@code limit} organizations with ids after {@code after}, in id (creation) order. */
	public List<Organization> page(UUID after, int limit) {
		return jdbc.sql("SELECT id, slug, name FROM tenancy.organizations WHERE id > :after ORDER BY id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<Organization> withSlug(OrganizationSlug slug) {
		return jdbc.sql("SELECT id, slug, name FROM tenancy.organizations WHERE slug = :slug")
			.param("slug", slug.value())
			.query((rs, n) -> row(rs))
			.optional();
	}

	private Organization row(ResultSet rs) throws SQLException {
		OrganizationId id = new OrganizationId(rs.getObject("id", UUID.class));
		return new Organization(id, new OrganizationSlug(rs.getString("slug")), rs.getString("name"), tenantsOf(id));
	}

	private List<EnvironmentTenant> tenantsOf(OrganizationId organization) {
		return jdbc.sql("SELECT id, environment FROM tenancy.tenants WHERE organization_id = :organization "
				+ "ORDER BY array_position(ARRAY['demo', 'staging', 'production'], environment)")
			.param("organization", organization.value())
			.query((rs, n) -> new EnvironmentTenant(new TenantId(rs.getObject("id", UUID.class)),
					Environment.fromCode(rs.getString("environment"))))
			.list();
	}

	public Optional<Tenant> findTenant(TenantId id) {
		return jdbc.sql("""
				SELECT t.id, t.environment, o.id AS organization_id, o.slug, o.name
				FROM tenancy.tenants t JOIN tenancy.organizations o ON o.id = t.organization_id
				WHERE t.id = :id""")
			.param("id", id.value())
			.query((rs, n) -> new Tenant(id, new OrganizationId(rs.getObject("organization_id", UUID.class)),
					rs.getString("slug"), rs.getString("name"), Environment.fromCode(rs.getString("environment"))))
			.optional();
	}

	public Optional<TenantId> tenantOf(OrganizationId organization, Environment environment) {
		return jdbc.sql("SELECT id FROM tenancy.tenants WHERE organization_id = :organization AND environment = :environment")
			.param("organization", organization.value())
			.param("environment", environment.code())
			.query((rs, n) -> new TenantId(rs.getObject("id", UUID.class)))
			.optional();
	}

	public List<TenantId> tenantIds() {
		return jdbc.sql("SELECT id FROM tenancy.tenants ORDER BY id")
			.query((rs, n) -> new TenantId(rs.getObject("id", UUID.class)))
			.list();
	}
}
