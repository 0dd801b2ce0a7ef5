package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The platform administrator opens and finds organizations, and gives their tenants API clients,
 * rotates their secrets and deletes them.
 */
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

	@Test
	void aMissingScopeIsNamedInThe403() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		TenantCaller caller = plaza.tenantCaller(admin, tenantId, "tenant:read");

		Response refused = plaza.postJson("/api/v1/organizations", caller.token(), "{\"slug\":\"sneaky\",\"name\":\"x\"}");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("requiredScopes").valueStream().map(JsonNode::asString)).containsExactly("platform:admin");
		assertThat(refused.json().get("detail").asString()).contains("'platform:admin'");
	}

	@Test
	void organizationsAreListedPageByPageAndFoundBySlug() {
		String admin = plaza.adminToken();
		List<String> founded = List.of(plaza.newOrganization(admin), plaza.newOrganization(admin), plaza.newOrganization(admin))
			.stream()
			.map(organization -> organization.get("id").asString())
			.toList();

		List<String> listed = new ArrayList<>();
		String cursor = null;
		do {
			Response page = plaza.get("/api/v1/organizations?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
			page.json().get("items").valueStream().forEach(item -> listed.add(item.get("id").asString()));
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
		}
		while (cursor != null);

		assertThat(listed).containsAll(founded).doesNotHaveDuplicates();
		JsonNode second = plaza.get("/api/v1/organizations/" + founded.get(1), admin).json();
		Response bySlug = plaza.get("/api/v1/organizations?slug=" + second.get("slug").asString(), admin);
		assertThat(bySlug.json().get("items")).containsExactly(second);
		assertThat(plaza.get("/api/v1/organizations?slug=no-such-org-" + UUID.randomUUID().toString().substring(0, 8), admin)
			.json()
			.get("items")).isEmpty();
		assertThat(plaza.get("/api/v1/organizations?cursor=bogus", admin).problemType()).isEqualTo("invalid-parameter");
	}

	@Test
	void rotatingASecretRetiresTheOldOneAtOnce() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Box office\",\"scopes\":[\"tenant:read\"]}").json();
		String clientId = client.get("clientId").asString();
		String oldSecret = client.get("clientSecret").asString();

		Response rotated = plaza.post("/api/v1/tenants/" + tenantId + "/clients/" + clientId + "/secret", admin, null, "");

		assertThat(rotated.status()).isEqualTo(200);
		String newSecret = rotated.json().get("clientSecret").asString();
		assertThat(newSecret).startsWith("pzs_").isNotEqualTo(oldSecret);
		assertThat(rotated.json().get("clientId").asString()).isEqualTo(clientId);
		assertThat(tokenStatus(clientId, oldSecret)).isEqualTo(401);
		assertThat(tokenStatus(clientId, newSecret)).isEqualTo(200);
	}

	@Test
	void deletingAClientEndsItsTokens() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Box office\",\"scopes\":[\"tenant:read\"]}").json();
		String clientId = client.get("clientId").asString();
		String token = plaza.token(clientId, client.get("clientSecret").asString());
		assertThat(plaza.get("/api/v1/tenant", token).status()).isEqualTo(200);

		Response deleted = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/tenants/" + tenantId + "/clients/" + clientId))
			.header("Authorization", "Bearer " + admin)
			.DELETE());

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(plaza.get("/api/v1/tenant", token).status()).isEqualTo(401);
		assertThat(tokenStatus(clientId, client.get("clientSecret").asString())).isEqualTo(401);
		assertThat(plaza.get("/api/v1/tenants/" + tenantId + "/clients", admin).text()).doesNotContain(clientId);
		Response again = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/tenants/" + tenantId + "/clients/" + clientId))
			.header("Authorization", "Bearer " + admin)
			.DELETE());
		assertThat(again.status()).isEqualTo(404);
	}

	private int tokenStatus(String clientId, String secret) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/oauth2/token"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))).status();
	}
}
