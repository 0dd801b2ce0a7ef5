package dev.plaza.identity.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * In a service app, which issues no tokens: they are checked against identity-service's published
 * keys, and each token's signature once, as the all-in-one app does. Left to Spring Boot's decoder,
 * every request paid an RSA verification, which halved what one ledger-service instance answered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(IdentityServiceKeys.KEYS)
class IdentityServiceKeys {

	static final String KEYS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	/** Tokens live 15 minutes by default; none is remembered past its own expiry in any case. */
	private static final Duration REMEMBERED_AT_MOST = Duration.ofHours(1);

	@Bean
	JwtDecoder jwtDecoder(@Value("${" + KEYS + "}") String keys) {
		return new VerifiedTokens(NimbusJwtDecoder.withJwkSetUri(keys).build(), Clock.systemUTC(), REMEMBERED_AT_MOST, 100_000);
	}
}
