package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Introspection (RFC 7662) tells the truth about a token, and revocation (RFC 7009) ends it: the API
 * refuses a revoked token, and the revocation is stored where every other instance reads it.
 */
@PlazaTest
class TokenRevocationTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void introspectionReportsATokenTheApiAcceptsAsActive() {
		Partner partner = newPartner();
		String token = plaza.token(partner.clientId(), partner.secret());
		assertThat(plaza.get("/api/v1/tenant", token).status()).isEqualTo(200);

		JsonNode introspected = introspect(partner, token);

		assertThat(introspected.get("active").asBoolean()).isTrue();
		assertThat(introspected.get("scope").asString()).isEqualTo("tenant:read");
		assertThat(introspected.get("client_id").asString()).isEqualTo(partner.clientId());
		assertThat(introspected.get("tenant").asString()).isEqualTo(partner.tenantId());
		assertThat(introspected.get("iss").asString()).isEqualTo(plaza.uri("").toString());
		assertThat(introspected.get("aud").get(0).asString()).isEqualTo(plaza.uri("").toString());
		assertThat(introspected.get("exp").asLong()).isGreaterThan(System.currentTimeMillis() / 1000);
	}

	@Test
	void anotherClientLearnsNothingAboutAToken() {
		Partner owner = newPartner();
		Partner other = newPartner();
		String token = plaza.token(owner.clientId(), owner.secret());

		assertThat(introspect(other, token).get("active").asBoolean()).isFalse();
	}

	@Test
	void aRevokedTokenIsRefusedAndReportedInactive() {
		Partner partner = newPartner();
		String token = plaza.token(partner.clientId(), partner.secret());
		assertThat(plaza.get("/api/v1/tenant", token).status()).isEqualTo(200);

		Response revoked = call("/oauth2/revoke", partner, "token=" + token);

		assertThat(revoked.status()).isEqualTo(200);
		Response refused = plaza.get("/api/v1/tenant", token);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("revoked");
		assertThat(introspect(partner, token).get("active").asBoolean()).isFalse();
		assertThat(plaza.get("/api/v1/tenant", plaza.token(partner.clientId(), partner.secret())).status()).isEqualTo(200);
	}

	/** Services that check tokens themselves read the stored list every second over the internal API. */
	@Test
	void aRevocationIsStoredAndServedToTheOtherServices() {
		Partner partner = newPartner();
		String token = plaza.token(partner.clientId(), partner.secret());
		call("/oauth2/revoke", partner, "token=" + token);

		String services = plaza.token("plaza-services", PlazaClient.SERVICES_SECRET);
		Response list = plaza.get("/internal/v1/identity/revocations", services);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(entry -> entry.get("tokenId").asString()))
			.contains(Jwts.claims(token).get("jti").asString());
		assertThat(plaza.get("/internal/v1/identity/revocations", plaza.adminToken()).status()).isEqualTo(403);
	}

	@Test
	void revokingSomethingThatIsNoTokenIsStill200() {
		assertThat(call("/oauth2/revoke", newPartner(), "token=not-a-token").status()).isEqualTo(200);
	}

	private JsonNode introspect(Partner caller, String token) {
		Response response = call("/oauth2/introspect", caller, "token=" + token);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private Response call(String endpoint, Partner caller, String form) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(endpoint))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((caller.clientId() + ":" + caller.secret()).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private Partner newPartner() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Partner\",\"scopes\":[\"tenant:read\"]}").json();
		return new Partner(tenantId, client.get("clientId").asString(), client.get("clientSecret").asString());
	}

	private record Partner(String tenantId, String clientId, String secret) {
	}
}
