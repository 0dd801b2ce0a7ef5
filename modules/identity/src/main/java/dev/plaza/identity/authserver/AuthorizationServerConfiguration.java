package dev.plaza.identity.authserver;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.clients.ApiClients;
import dev.plaza.identity.security.ProblemAuthenticationEntryPoint;
import dev.plaza.identity.security.VerifiedTokens;
import dev.plaza.platform.ProblemResponses;
import dev.plaza.platform.ServicesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OAuth 2.0 authorization server: {@code POST /oauth2/token} (client credentials) and the
 * published keys at {@code /oauth2/jwks}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class AuthorizationServerConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer,
					server -> server.tokenEndpoint(token -> token.accessTokenRequestConverter(new DefaultScopes())))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems)));
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (!properties.issuer().isBlank()) {
			settings.issuer(properties.issuer());
		}
		return settings.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClients(ApiClients clients, TransactionTemplate transactions,
			IdentityProperties properties, ServicesProperties services, PasswordEncoder passwords) {
		return new ClientRegistry(clients, transactions, properties, services, passwords);
	}

	@Bean
	OAuth2AuthorizationService authorizations() {
		return new StatelessAuthorizations();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> tenantClaim() {
		return new TenantClaim();
	}

	@Bean
	JWKSet signingKeySet(SigningKeys keys, IdentityProperties properties) {
		return keys.load(properties.signingKey());
	}

	/** Every key, published at the JWKS endpoint and trusted when verifying tokens. */
	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeys keys, JWKSet signingKeySet) {
		return new TrustedKeys(keys, signingKeySet, Clock.systemUTC());
	}

	/** Only the active key signs: the encoder must not have to choose among several RSA keys. */
	@Bean
	JwtEncoder jwtEncoder(JWKSet signingKeySet, IdentityProperties properties) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(List.of(signingKeySet.getKeyByKeyId(properties.signingKey())))));
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties) {
		return new VerifiedTokens(OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource), Clock.systemUTC(),
				properties.accessTokenTtl(), 100_000);
	}
}
