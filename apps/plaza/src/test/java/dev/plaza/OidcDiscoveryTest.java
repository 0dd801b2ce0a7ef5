package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A client library that knows only Plaza's URL finds everything else, as {@code openid-client} and
 * {@code oauth4webapi} do: the discovery document at the issuer's well-known address (its issuer
 * exactly the URL asked), the keys, client credentials at its token endpoint, and a token whose
 * signature, type, issuer and audience check out against what was discovered.
 */
@PlazaTest
class OidcDiscoveryTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aClientDiscoversPlazaAndVerifiesItsTokens() throws Exception {
		String issuer = plaza.uri("").toString();
		Response discovery = plaza.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")));
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.header("Content-Type")).startsWith("application/json");
		JsonNode metadata = discovery.json();
		assertThat(metadata.get("issuer").asString()).isEqualTo(issuer);
		assertThat(metadata.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
		assertThat(metadata.get("introspection_endpoint").asString()).isEqualTo(issuer + "/oauth2/introspect");
		assertThat(metadata.get("revocation_endpoint").asString()).isEqualTo(issuer + "/oauth2/revoke");
		// People log in with the authorization code and PKCE (S256 only), and apps learn who they are and log them out.
		assertThat(metadata.get("authorization_endpoint").asString()).isEqualTo(issuer + "/oauth2/authorize");
		assertThat(metadata.get("code_challenge_methods_supported").valueStream().map(JsonNode::asString))
			.containsExactly("S256");
		assertThat(metadata.get("userinfo_endpoint").asString()).isEqualTo(issuer + "/userinfo");
		assertThat(metadata.get("end_session_endpoint").asString()).isEqualTo(issuer + "/connect/logout");

		Response keys = plaza.send(HttpRequest.newBuilder(URI.create(metadata.get("jwks_uri").asString())));
		assertThat(keys.header("Content-Type")).isIn("application/json", "application/json;charset=UTF-8");
		JWKSet jwks = JWKSet.parse(keys.text());

		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenantId + "/clients", admin,
				"{\"name\":\"Partner\",\"scopes\":[\"tenant:read\"]}").json();
		Response token = plaza.send(HttpRequest.newBuilder(URI.create(metadata.get("token_endpoint").asString()))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((client.get("clientId").asString() + ":" + client.get("clientSecret").asString())
					.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
		assertThat(token.status()).isEqualTo(200);

		DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
		verifier.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
		verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
		verifier.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(issuer,
				new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "iat", "jti", "client_id", "sub")));
		JWTClaimsSet claims = verifier.process(token.json().get("access_token").asString(), null);

		assertThat(claims.getStringClaim("client_id")).isEqualTo(client.get("clientId").asString());
		assertThat(claims.getStringClaim("tenant")).isEqualTo(tenantId);
	}
}
