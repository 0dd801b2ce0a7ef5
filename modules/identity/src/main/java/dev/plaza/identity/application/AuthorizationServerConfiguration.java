package dev.plaza.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.persistence.ApiClientRepository;
import dev.plaza.identity.persistence.RevocationRepository;
import dev.plaza.identity.persistence.StaffSessionRepository;
import dev.plaza.identity.persistence.SigningKeyRepository;
import dev.plaza.identity.web.FailedClientAuthentications;
import dev.plaza.identity.web.FixedIssuerFilter;
import dev.plaza.platform.ServicesProperties;
import dev.plaza.platform.TokenBuckets;
import dev.plaza.platform.web.ProblemAuthenticationEntryPoint;
import dev.plaza.platform.web.ProblemResponses;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OAuth 2.0 authorization server: {@code POST /oauth2/token} (client credentials for partners;
 * authorization code with PKCE and refresh tokens for people), {@code /oauth2/authorize} (which
 * sends a browser without a logged-in person to {@code /login}), OpenID Connect's ID tokens,
 * {@code /userinfo} and RP-initiated logout ({@code /connect/logout}), revocation and
 * introspection, the published keys at {@code /oauth2/jwks}, and the discovery documents
 * ({@code /.well-known/openid-configuration}, {@code /.well-known/oauth-authorization-server}), all
 * in the name of one fixed issuer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IdentityProperties.class, PublicUrlProperties.class, LoginProperties.class,
		BackofficeClient.class })
class AuthorizationServerConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, ProblemResponses problems,
			PlazaIssuer issuer, AuthorizationServerSettings settings, JwtDecoder tokens, RevocationRepository revocations,
			RevokedTokens revoked, TokenBuckets buckets, IdentityProperties properties, RegisteredClientRepository clients,
			OAuth2AuthorizationService authorizations, SessionRevocations sessions) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, server -> server
				.clientAuthentication(client -> client.authenticationConverter(PublicClientRefresh.converter())
					.authenticationProvider(PublicClientRefresh.provider(clients)))
				.authorizationEndpoint(authorize -> authorize.consentPage("/login/consent"))
				.tokenEndpoint(token -> token.accessTokenRequestConverter(new DefaultScopes()))
				.tokenRevocationEndpoint(revocation -> revocation.authenticationProviders(providers -> {
					providers.clear();
					providers.add(new TokenRevocation(tokens, revocations, revoked));
				}))
				.tokenIntrospectionEndpoint(introspection -> introspection.authenticationProviders(providers -> {
					providers.clear();
					providers.add(new TokenIntrospection(tokens));
				}))
				.oidc(oidc -> oidc.logoutEndpoint(logout -> logout.logoutResponseHandler(new EndingLogout(authorizations, sessions)))))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			// /userinfo takes a person's access token.
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(unauthorized))
			// A browser is sent to log in; any other caller gets a problem.
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers())
				.defaultAuthenticationEntryPointFor(unauthorized, AnyRequestMatcher.INSTANCE))
			// After the server derived its context from the request, before any endpoint answers.
			.addFilterAfter(new FixedIssuerFilter(issuer, settings), HeaderWriterFilter.class)
			// The key set and metadata are JSON, UTF-8 (RFC 8259); left alone the container declared ISO-8859-1.
			.addFilterAfter((request, response, chain) -> {
				response.setCharacterEncoding("UTF-8");
				chain.doFilter(request, response);
			}, HeaderWriterFilter.class)
			.addFilterAfter(new FailedClientAuthentications(buckets, properties.failedAuthenticationsPerMinute(), problems,
					Clock.systemUTC()), HeaderWriterFilter.class);
		return http.build();
	}

	/** Requests that ask for HTML by name: a browser, not a client that accepts anything. */
	private static MediaTypeRequestMatcher browsers() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

	@Bean
	PlazaIssuer issuer(IdentityProperties properties, PublicUrlProperties publicUrl) {
		return new PlazaIssuer(properties.issuer(), publicUrl.publicUrl(), properties.audience());
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClients(ApiClientRepository clients, TransactionTemplate transactions,
			IdentityProperties properties, ServicesProperties services, PasswordEncoder passwords, LoginProperties login,
			BackofficeClient backoffice) {
		return new ClientRegistry(clients, transactions, properties, services, passwords, login, backoffice);
	}

	@Bean
	OAuth2AuthorizationService authorizations(DataSource dataSource, StaffSessionRepository sessionRows,
			RegisteredClientRepository clients,
			StaffLogin staff, SessionRevocations sessions) {
		JdbcOAuth2AuthorizationService stored = new JdbcOAuth2AuthorizationService(new IdentitySchemaJdbc(dataSource), clients);
		return new PersonAuthorizations(stored, sessionRows, clients, staff, sessions);
	}

	@Bean
	OAuth2AuthorizationConsentService consents(DataSource dataSource, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(new IdentitySchemaJdbc(dataSource), clients);
	}

	@Bean
	SessionRevocations sessionRevocations(StaffSessionRepository sessions, RevocationRepository revocations,
			RevokedTokens revoked, IdentityProperties properties, FindByIndexNameSessionRepository<?> browserSessions) {
		return new SessionRevocations(sessions, revocations, revoked, properties, browserSessions);
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(TokenAuthority authority, TenantDirectory tenants,
			StaffLogin staff) {
		return new AccessTokenClaims(authority, tenants, staff);
	}

	/** Signed JWTs for access and ID tokens; refresh tokens for public clients too ({@link PersonRefreshTokens}). */
	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder encoder, OAuth2TokenCustomizer<JwtEncodingContext> claims) {
		JwtGenerator jwts = new JwtGenerator(encoder);
		jwts.setJwtCustomizer(claims);
		return new DelegatingOAuth2TokenGenerator(jwts, new PersonRefreshTokens(Clock.systemUTC()));
	}

	@Bean
	JWKSet signingKeySet(SigningKeyRepository keys, IdentityProperties properties) {
		return keys.load(properties.signingKey());
	}

	/** Every key, published at the JWKS endpoint and trusted when verifying tokens. */
	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeyRepository keys, JWKSet signingKeySet) {
		return new TrustedKeys(keys, signingKeySet, Clock.systemUTC());
	}

	/** Only the active key signs: the encoder must not have to choose among several RSA keys. */
	@Bean
	JwtEncoder jwtEncoder(JWKSet signingKeySet, IdentityProperties properties) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(List.of(signingKeySet.getKeyByKeyId(properties.signingKey())))));
	}

	@Bean
	RevokedTokens revokedTokens(RevocationRepository revocations) {
		return new RevokedTokens(revocations, Clock.systemUTC());
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties, TokenAuthority authority,
			RevokedTokens revoked) {
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSource(jwkSource).build();
		verifier.setJwtValidator(AcceptedTokens.validator(authority));
		return new VerifiedTokens(verifier, Clock.systemUTC(), properties.accessTokenTtl(), 100_000, revoked);
	}
}
