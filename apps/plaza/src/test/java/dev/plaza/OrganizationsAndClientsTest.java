package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The platform administrator opens organizations and gives their tenants API clients. */
@PlazaTest
class OrganizationsAndClientsTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void foundingAnOrganizationOpensOneTenantPerEnvironment() {
		String admin = plaza.adminToken();
		String slug = "acme-" + UUID.randomUUID().toString().substring(0, 6);

		Response created = plaza.postJson("/api/v1/organizations", admin,
				"{\"slug\":\"" + slug + "\",\"name\":\"Acme Lending\"}");

		assertThat(created.status()).isEqualTo(201);
		JsonNode organization = created.json();
		assertThat(organization.get("slug").asString()).isEqualTo(slug);
		assertThat(organization.get("name").asString()).isEqualTo("Acme Lending");
		assertThat(organization.get("tenants").valueStream().map(t -> t.get("environment").asString()))
			.containsExactly("demo", "staging", "production");
		assertThat(created.header("Location")).isEqualTo("/api/v1/organizations/" + organization.get("id").asString());
		assertThat(plaza.get(created.header("Location"), admin).json()).isEqualTo(organization);
	}

	@Test
	void aSlugCanBeTakenOnlyOnce() {
		String admin = plaza.adminToken();
		String slug = plaza.newOrganization(admin).get("slug").asString();

		Response again = plaza.postJson("/api/v1/organizations", admin, "{\"slug\":\"" + slug + "\",\"name\":\"Other\"}");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("conflict");
		assertThat(again.json().get("detail").asString()).contains(slug);
	}

	@Test
	void illegalSlugOrNameIsRefusedNamingTheField() {
		String admin = plaza.adminToken();

		Response badSlug = plaza.postJson("/api/v1/organizations", admin, "{\"slug\":\"Acme Corp!\",\"name\":\"Acme\"}");
		Response badName = plaza.postJson("/api/v1/organizations", admin, "{\"slug\":\"acme-ok\",\"name\":\"<script>\"}");
		Response missing = plaza.postJson("/api/v1/organizations", admin, "{\"name\":\"Acme\"}");

		assertThat(badSlug.status()).isEqualTo(400);
		assertThat(badSlug.problemType()).isEqualTo("validation");
		assertThat(badSlug.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
		assertThat(badName.status()).isEqualTo(400);
		assertThat(badName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
	}

	@Test
	void aTenantClientGetsATokenCarryingItsTenantAndScopes() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();

		Response client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Box office\",\"scopes\":[\"tenant:read\",\"ledger:write\"]}");

		assertThat(client.status()).isEqualTo(201);
		assertThat(client.json().get("clientSecret").asString()).startsWith("pzs_");
		String token = plaza.token(client.json().get("clientId").asString(), client.json().get("clientSecret").asString());
		JsonNode claims = Jwts.claims(token);
		assertThat(claims.get("tenant").asString()).isEqualTo(tenantId);
		assertThat(claims.get("scope").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("tenant:read",
				"ledger:write");
	}

	@Test
	void aClientSecretIsShownOnceAndNeverListed() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		TenantCaller caller = plaza.tenantCaller(admin, tenantId, "tenant:read");

		Response listed = plaza.get("/api/v1/tenants/" + tenantId + "/clients", caller.token());

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(1);
		assertThat(listed.text()).doesNotContain("pzs_").doesNotContain("bcrypt");
	}

	@Test
	void unknownScopesAndUnknownTenantsAreRefused() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();

		Response unknownScope = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"x\",\"scopes\":[\"platform:admin\"]}");
		Response noScopes = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"x\",\"scopes\":[]}");
		Response unknownTenant = plaza.postJson("/api/v1/tenants/" + UUID.randomUUID() + "/clients", admin,
				"{\"name\":\"x\",\"scopes\":[\"tenant:read\"]}");

		assertThat(unknownScope.status()).isEqualTo(400);
		assertThat(unknownScope.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes");
		assertThat(noScopes.status()).isEqualTo(400);
		assertThat(noScopes.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes");
		assertThat(unknownTenant.status()).isEqualTo(404);
		assertThat(unknownTenant.problemType()).isEqualTo("not-found");
	}

	@Test
	void tenantClientsCannotManageThePlatform() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		TenantCaller caller = plaza.tenantCaller(admin, tenantId, "tenant:read");

		Response organization = plaza.postJson("/api/v1/organizations", caller.token(), "{\"slug\":\"sneaky\",\"name\":\"x\"}");
		Response client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", caller.token(),
				"{\"name\":\"x\",\"scopes\":[\"tenant:read\"]}");

		assertThat(organization.status()).isEqualTo(403);
		assertThat(organization.problemType()).isEqualTo("insufficient-scope");
		assertThat(organization.header("WWW-Authenticate")).contains("insufficient_scope");
		assertThat(client.status()).isEqualTo(403);
	}
}
