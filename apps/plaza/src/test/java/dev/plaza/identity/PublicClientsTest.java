package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's owners and admins register the apps their people log in through: public clients, with
 * no secret, that may send people back only to the redirect URIs registered.
 */
@PlazaTest
class PublicClientsTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	String admin;

	String tenant;

	String owner;

	@BeforeEach
	void tenant() {
		admin = plaza.adminToken();
		tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		owner = plaza.tenantCaller(admin, tenant, "clients:write", "tenant:read", "orders:read").token();
	}

	@Test
	void aTenantRegistersAPublicClientWithoutSecretThatAsksForConsentAndListsIt() {
		Response created = register(owner, Map.of("name", "Box office app", "type", "public", "redirectUris",
				List.of("https://box.example/callback", "http://127.0.0.1/callback", "http://localhost:8080/cb"), "scopes",
				List.of("openid", "profile", "orders:read")));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().has("clientSecret")).isFalse();
		assertThat(created.json().get("type").asString()).isEqualTo("public");
		assertThat(created.json().get("consent").asBoolean()).isTrue();
		JsonNode listed = plaza.get("/api/v1/tenants/" + tenant + "/clients", owner).json();
		assertThat(listed).anySatisfy(client -> {
			assertThat(client.get("clientId").asString()).isEqualTo(created.json().get("clientId").asString());
			assertThat(client.get("type").asString()).isEqualTo("public");
			assertThat(client.get("redirectUris").valueStream().map(JsonNode::asString)).containsExactly(
					"https://box.example/callback", "http://127.0.0.1/callback", "http://localhost:8080/cb");
		});
	}

	@Test
	void redirectUrisMustBeAbsoluteWithoutFragmentAndHttpsOffLoopback() {
		Response refused = register(owner, Map.of("name", "App", "type", "public", "scopes", List.of("openid"),
				"redirectUris", List.of("/relative", "https://app.example/cb#frag", "http://app.example/cb")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly("redirectUris[0]", "redirectUris[1]", "redirectUris[2]");
	}

	@Test
	void onlyThePlatformOperatorRegistersAClientWithoutConsentAndATenantGrantsOnlyWhatItHolds() {
		Map<String, Object> firstParty = Map.of("name", "Back office", "type", "public", "consent", false, "scopes",
				List.of("openid"), "redirectUris", List.of("https://office.example/cb"));

		Response byTenant = register(owner, firstParty);
		Response byOperator = register(admin, firstParty);
		Response stronger = register(owner, Map.of("name", "App", "type", "public", "scopes", List.of("billing:write"),
				"redirectUris", List.of("https://app.example/cb")));

		assertThat(byTenant.status()).isEqualTo(403);
		assertThat(byTenant.json().get("detail").asString()).contains("consent");
		assertThat(byOperator.status()).isEqualTo(201);
		assertThat(byOperator.json().get("consent").asBoolean()).isFalse();
		assertThat(stronger.status()).isEqualTo(403);
		assertThat(stronger.json().get("detail").asString()).contains("billing:write");
	}

	@Test
	void aPublicClientCannotGetTokensWithClientCredentials() {
		String app = register(owner, Map.of("name", "App", "type", "public", "scopes", List.of("orders:read"),
				"redirectUris", List.of(StaffTokens.REDIRECT_URI))).json().get("clientId").asString();

		Response refused = plaza.post("/oauth2/token", null, "application/x-www-form-urlencoded",
				"grant_type=client_credentials&client_id=" + app);

		assertThat(refused.status()).isEqualTo(401);
	}

	private Response register(String token, Map<String, Object> client) {
		return plaza.postJson("/api/v1/tenants/" + tenant + "/clients", token, JSON.writeValueAsString(client));
	}
}
