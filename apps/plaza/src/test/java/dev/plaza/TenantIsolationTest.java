package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenants never see each other: over HTTP another tenant's resources answer 404 exactly like
 * missing ones, and underneath PostgreSQL row-level security holds even for a query that forgets
 * its tenant condition.
 */
@PlazaTest
class TenantIsolationTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String admin;

	TenantCaller acme;

	TenantCaller globex;

	@BeforeEach
	void twoOrganizationsWithAClientEach() {
		admin = plaza.adminToken();
		acme = plaza.tenantCaller(admin, plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(),
				"tenant:read");
		globex = plaza.tenantCaller(admin, plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(),
				"tenant:read");
	}

	@Test
	void aTenantReadsItsOwnTenant() {
		Response own = plaza.get("/api/v1/tenant", acme.token());

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("id").asString()).isEqualTo(acme.tenantId());
		assertThat(own.json().get("environment").asString()).isEqualTo("demo");
		assertThat(own.json().get("organization").get("slug").asString()).startsWith("org-");
	}

	@Test
	void anotherTenantsResourcesAnswerExactlyLikeMissingOnes() {
		Response other = plaza.get("/api/v1/tenants/" + globex.tenantId(), acme.token());
		Response otherClients = plaza.get("/api/v1/tenants/" + globex.tenantId() + "/clients", acme.token());
		Response missing = plaza.get("/api/v1/tenants/" + UUID.randomUUID(), acme.token());

		assertThat(other.status()).isEqualTo(404);
		assertThat(otherClients.status()).isEqualTo(404);
		assertThat(other.text()).doesNotContain("org-");
		assertThat(other.json().get("type")).isEqualTo(missing.json().get("type"));
		assertThat(other.json().get("title")).isEqualTo(missing.json().get("title"));
	}

	@Test
	void withNoTenantSetTenantOwnedTablesShowNoRows() {
		long asPlatform = inTransactionAs(TenantId.PLATFORM, () -> count("SELECT count(*) FROM identity.api_clients"));

		long withoutTenant = transactions.execute(status -> count("SELECT count(*) FROM identity.api_clients"));
		long autocommit = count("SELECT count(*) FROM tenancy.tenants");

		assertThat(asPlatform).isGreaterThanOrEqualTo(2);
		assertThat(withoutTenant).isZero();
		assertThat(autocommit).isZero();
	}

	@Test
	void aQueryThatForgetsItsTenantConditionStillSeesOnlyItsTenant() {
		List<String> visible = inTransactionAs(TenantId.of(acme.tenantId()),
				() -> jdbc.sql("SELECT tenant_id::text FROM identity.api_clients").query(String.class).list());

		assertThat(visible).isNotEmpty().containsOnly(acme.tenantId());
	}

	@Test
	void aTenantCannotWriteRowsForAnotherTenant() {
		assertThatThrownBy(() -> inTransactionAs(TenantId.of(acme.tenantId()), () -> jdbc.sql("""
				INSERT INTO platform.idempotency_records (tenant_id, idempotency_key, fingerprint)
				VALUES (:other, 'k', '\\x00')""").param("other", UUID.fromString(globex.tenantId())).update()))
			.rootCause()
			.hasMessageContaining("violates row-level security policy");
	}

	@Test
	void theApplicationRoleOwnsNothingAndCannotBypassTheRules() {
		long ownedTables = count("SELECT count(*) FROM pg_tables WHERE tableowner = current_user");
		boolean bypass = jdbc.sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
			.query(Boolean.class)
			.single();
		long unforced = count("""
				SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
				  AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
				       OR (n.nspname = 'tenancy' AND c.relname IN ('organizations', 'tenants')))""");

		assertThat(ownedTables).isZero();
		assertThat(bypass).isFalse();
		assertThat(unforced).as("tenant-owned tables without forced row-level security").isZero();
	}

	@Test
	void theTenantSettingEndsWithItsTransaction() {
		for (int i = 0; i < 50; i++) {
			inTransactionAs(TenantId.of(acme.tenantId()), () -> count("SELECT count(*) FROM tenancy.tenants"));
			String leftOver = transactions.execute(status -> jdbc
				.sql("SELECT coalesce(current_setting('plaza.tenant_id', true), '')").query(String.class).single());
			assertThat(leftOver).isEmpty();
		}
	}

	private <T> T inTransactionAs(TenantId tenant, java.util.function.Supplier<T> work) {
		return TenantContext.callAs(tenant, () -> transactions.execute(status -> work.get()));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
