package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Only valid, unexpired tokens signed by Plaza, issued by Plaza's one fixed issuer for Plaza's API,
 * open the API; everything else is a 401 challenge.
 */
@PlazaTest
class AuthenticationTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JwtEncoder plazaSigner;

	@Test
	void aMissingTokenIsA401WithAChallenge() {
		Response response = plaza.get("/api/v1/tenant", null);

		assertUnauthorized(response);
	}

	@Test
	void anExpiredTokenIsRefused() {
		String expired = sign(plazaSigner, Instant.now().minusSeconds(3600), Instant.now().minusSeconds(600));

		Response response = plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", expired);

		assertUnauthorized(response);
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void aTokenSignedWithSomeoneElsesKeyIsRefused() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		RSAKey forgedKey = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("plaza-1")
			.build();
		String forged = sign(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(List.of(forgedKey)))), Instant.now(),
				Instant.now().plusSeconds(600));

		Response response = plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", forged);

		assertUnauthorized(response);
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void aGarbageTokenIsRefused() {
		assertUnauthorized(plaza.get("/api/v1/tenant", "not-a-jwt"));
	}

	@Test
	void wrongClientCredentialsGetNoToken() {
		Response response = plaza.send(java.net.http.HttpRequest.newBuilder(plaza.uri("/oauth2/token"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("plaza-admin:wrong".getBytes()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void theSigningKeysArePublished() {
		Response jwks = plaza.get("/oauth2/jwks", null);

		assertThat(jwks.status()).isEqualTo(200);
		assertThat(jwks.header("Content-Type")).isIn("application/json", "application/json;charset=UTF-8");
		assertThat(jwks.json().get("keys").get(0).get("kid").asString()).isEqualTo("plaza-1");
		assertThat(jwks.text()).doesNotContain("\"d\"");
	}

	@Test
	void aTokenRequestedAtAnotherHostStillCarriesPlazasIssuer() {
		Response token = plaza.send(HttpRequest.newBuilder(plaza.uri("/oauth2/token"))
			.header("Host", "evil.invalid")
			.header("Authorization", basic("plaza-admin", PlazaClient.ADMIN_SECRET))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));

		assertThat(token.status()).isEqualTo(200);
		String accessToken = token.json().get("access_token").asString();
		assertThat(Jwts.claims(accessToken).get("iss").asString()).isEqualTo(issuer());
		assertThat(plaza.get("/api/v1/tenant", accessToken).status()).isNotEqualTo(401);
	}

	@Test
	void theMetadataNamesPlazasIssuerWhateverTheHost() {
		for (String document : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
			Response metadata = plaza.getAt("evil.invalid", document, null);

			assertThat(metadata.status()).isEqualTo(200);
			assertThat(metadata.header("Content-Type")).startsWith("application/json");
			assertThat(metadata.json().get("issuer").asString()).isEqualTo(issuer());
			assertThat(metadata.text()).doesNotContain("evil.invalid");
		}
	}

	/** RFC 9068: typed at+jwt, for the resource (Plaza's API), naming the client it was issued to. */
	@Test
	void accessTokensAreRfc9068Jwts() {
		String token = plaza.adminToken();

		assertThat(Jwts.header(token).get("typ").asString()).isEqualTo("at+jwt");
		JsonNode claims = Jwts.claims(token);
		JsonNode audience = claims.get("aud");
		assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString()).isEqualTo(issuer());
		assertThat(claims.get("client_id").asString()).isEqualTo("plaza-admin");
		assertThat(claims.get("jti").asString()).isNotBlank();
	}

	@Test
	void aTokenSignedWithPlazasKeyForAnotherIssuerIsRefused() {
		String forOtherIssuer = sign(plazaSigner, "http://evil.invalid", issuer());

		Response response = plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", forOtherIssuer);

		assertUnauthorized(response);
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void aTokenSignedWithPlazasKeyForAnotherAudienceIsRefused() {
		String forOtherResource = sign(plazaSigner, issuer(), "https://another-resource.example");

		assertUnauthorized(plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", forOtherResource));
	}

	@Test
	void theSameTokenWithPlazasIssuerAndAudienceIsAccepted() {
		String valid = sign(plazaSigner, issuer(), issuer());

		assertThat(plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", valid).status()).isEqualTo(404);
	}

	/** RFC 9068 requires a jti, and revocation names tokens by it: a token without one could never be revoked. */
	@Test
	void aTokenWithoutAnIdIsRefused() {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer())
			.audience(List.of(issuer()))
			.subject("plaza-admin")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("scope", List.of("platform:admin"))
			.build();
		String withoutId = plazaSigner
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").build(), claims))
			.getTokenValue();

		assertUnauthorized(plaza.get("/api/v1/organizations/00000000-0000-0000-0000-000000000001", withoutId));
	}

	private String issuer() {
		return plaza.uri("").toString();
	}

	private static String basic(String clientId, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static String sign(JwtEncoder encoder, String issuer, String audience) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.id(UUID.randomUUID().toString())
			.issuer(issuer)
			.audience(List.of(audience))
			.subject("plaza-admin")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("scope", List.of("platform:admin"))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").build(), claims))
			.getTokenValue();
	}

	private static String sign(JwtEncoder encoder, Instant issuedAt, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject("plaza-admin")
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim("scope", List.of("platform:admin"))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	private static void assertUnauthorized(Response response) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo("unauthorized");
	}
}
