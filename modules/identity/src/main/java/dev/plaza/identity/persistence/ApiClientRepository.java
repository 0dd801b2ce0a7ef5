package dev.plaza.identity.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenants' API clients. Row-level security shows a tenant its own; the platform scope sees all. */
@Repository
public class ApiClientRepository {

	private static final String COLUMNS = "id, tenant_id, client_id, name, secret_hash, scopes, created_at, type, redirect_uris, "
			+ "post_logout_redirect_uris, consent";

	private final JdbcClient jdbc;

	ApiClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(ApiClient client) {
		jdbc.sql("""
				INSERT INTO identity.api_clients (id, tenant_id, client_id, name, secret_hash, scopes, created_at, type,
				    redirect_uris, post_logout_redirect_uris, consent)
				VALUES (:id, :tenant, :clientId, :name, :secretHash, :scopes, :createdAt, :type, :redirectUris,
				    :postLogoutRedirectUris, :consent)""")
			.param("id", client.id())
			.param("tenant", client.tenant().value())
			.param("clientId", client.clientId())
			.param("name", client.name())
			.param("secretHash", client.secretHash())
			.param("scopes", client.scopes().toArray(String[]::new))
			.param("createdAt", java.sql.Timestamp.from(client.createdAt()))
			.param("type", client.type().code())
			.param("redirectUris", client.redirectUris().toArray(String[]::new))
			.param("postLogoutRedirectUris", client.postLogoutRedirectUris().toArray(String[]::new))
			.param("consent", client.consent())
			.update();
	}

	public Optional<ApiClient> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_clients WHERE client_id = :clientId")
			.param("clientId", clientId)
			.query(ApiClientRepository::map)
			.optional();
	}

	public Optional<ApiClient> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_clients WHERE id = :id")
			.param("id", id)
			.query(ApiClientRepository::map)
			.optional();
	}

	/** Whether the tenant has such a confidential client, whose secret is now the one hashed. */
	public boolean replaceSecret(TenantId tenant, String clientId, String secretHash) {
		return jdbc.sql("""
				UPDATE identity.api_clients SET secret_hash = :secretHash
				WHERE tenant_id = :tenant AND client_id = :clientId AND type = 'confidential'""")
			.param("secretHash", secretHash)
			.param("tenant", tenant.value())
			.param("clientId", clientId)
			.update() == 1;
	}

	/** Whether the tenant had such a client. */
	public boolean remove(TenantId tenant, String clientId) {
		return jdbc.sql("DELETE FROM identity.api_clients WHERE tenant_id = :tenant AND client_id = :clientId")
			.param("tenant", tenant.value())
			.param("clientId", clientId)
			.update() == 1;
	}

	public List<ApiClient> ofTenant(TenantId tenant) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.api_clients WHERE tenant_id = :tenant ORDER BY created_at, id")
			.param("tenant", tenant.value())
			.query(ApiClientRepository::map)
			.list();
	}

	private static ApiClient map(ResultSet rs, int row) throws SQLException {
		Array scopes = rs.getArray("scopes");
		return new ApiClient(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("client_id"), rs.getString("name"), rs.getString("secret_hash"),
				Set.copyOf(new TreeSet<>(Arrays.asList((String[]) scopes.getArray()))),
				rs.getTimestamp("created_at").toInstant(), ClientType.ofCode(rs.getString("type")),
				Arrays.asList((String[]) rs.getArray("redirect_uris").getArray()),
				Arrays.asList((String[]) rs.getArray("post_logout_redirect_uris").getArray()), rs.getBoolean("consent"));
	}
}
