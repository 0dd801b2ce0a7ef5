package dev.plaza.identity.remote;

import java.time.Clock;
import java.time.Duration;

import dev.plaza.identity.application.AcceptedTokens;
import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.application.RevokedTokens;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.identity.application.VerifiedTokens;
import dev.plaza.identity.jobs.RevocationListRefresh;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * In a service app, which issues no tokens: they are checked against identity-service's published
 * keys, issuer and audience, each token's signature once, as the all-in-one app does, and against
 * the revocation list identity-service serves, read every second. Left to Spring Boot's decoder,
 * every request paid an RSA verification, which halved what one ledger-service instance answered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(IdentityServiceKeys.KEYS)
@EnableConfigurationProperties(IdentityProperties.class)
@Import(RevocationListRefresh.class)
class IdentityServiceKeys {

	static final String KEYS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	/** Tokens live 15 minutes by default; none is remembered past its own expiry in any case. */
	private static final Duration REMEMBERED_AT_MOST = Duration.ofHours(1);

	@Bean
	TokenAuthority identityServiceIssuer(ServicesProperties services, IdentityProperties identity) {
		return new IdentityServiceIssuer(RestClient.create(services.identityUrl().toString()), identity.issuer(),
				identity.audience());
	}

	@Bean
	RevokedTokens revokedTokens(ServiceClients clients, ServicesProperties services) {
		RevocationListApi identity = clients.client("identity", services.identityUrl(), RevocationListApi.class);
		return new RevokedTokens(identity::revocations, Clock.systemUTC());
	}

	@Bean
	JwtDecoder jwtDecoder(@Value("${" + KEYS + "}") String keys, TokenAuthority authority, RevokedTokens revoked) {
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSetUri(keys).build();
		verifier.setJwtValidator(AcceptedTokens.validator(authority));
		return new VerifiedTokens(verifier, Clock.systemUTC(), REMEMBERED_AT_MOST, 100_000, revoked);
	}
}
