package dev.plaza.identity.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import dev.plaza.identity.application.RevokedTokens;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.JsonNode;

/**
 * A service app (ledger-, catalog-, commerce-service) checks tokens itself, as {@link IdentityServiceKeys}
 * wires it: here against this Plaza as its identity-service, over real HTTP. It learns the issuer
 * from identity's metadata, refuses tokens for another issuer, and refuses a token revoked at
 * identity once it has read the revocation list (every second in the app).
 */
@PlazaTest
class ServiceAppTokenChecksTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aServiceAppRefusesATokenOnceIdentityRevokedIt() {
		String identity = plaza.uri("").toString();
		RevocationListApi revocationList = HttpServiceProxyFactory
			.builderFor(RestClientAdapter.create(RestClient.builder()
				.baseUrl(identity)
				.defaultHeader("Authorization", "Bearer " + plaza.token("plaza-services", PlazaClient.SERVICES_SECRET))
				.build()))
			.build()
			.createClient(RevocationListApi.class);
		RevokedTokens revoked = new RevokedTokens(revocationList::revocations, Clock.systemUTC());
		TokenAuthority authority = new IdentityServiceIssuer(RestClient.create(identity), "", "");
		JwtDecoder serviceApp = new IdentityServiceKeys().jwtDecoder(identity + "/oauth2/jwks", authority, revoked);
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Partner\",\"scopes\":[\"tenant:read\"]}").json();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((client.get("clientId").asString() + ":" + client.get("clientSecret").asString())
				.getBytes(StandardCharsets.UTF_8));
		String token = plaza.token(client.get("clientId").asString(), client.get("clientSecret").asString());
		assertThat(serviceApp.decode(token).getClaimAsString("tenant")).isEqualTo(tenantId);
		assertThat(authority.issuer()).isEqualTo(identity);

		Response revocation = plaza.send(HttpRequest.newBuilder(plaza.uri("/oauth2/revoke"))
			.header("Authorization", basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("token=" + token)));
		assertThat(revocation.status()).isEqualTo(200);
		revoked.refresh();

		assertThatThrownBy(() -> serviceApp.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("revoked");
	}
}
