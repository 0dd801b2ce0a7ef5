package dev.plaza.gateway.edge;

import java.util.List;

import dev.plaza.gateway.GatewayProperties;
import dev.plaza.platform.web.ProblemAuthenticationEntryPoint;
import dev.plaza.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything under {@code /api/} needs a valid access token — an RS256 JWT signed with a key the identity
 * service publishes, not expired — except Plaza's public reads and partner callbacks; a request without
 * one is answered 401 here and never reaches a service. Scopes stay the services' business: they check
 * the token again, with the scope each endpoint needs.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

	@Bean
	JwtDecoder jwtDecoder(GatewayProperties properties) {
		String keys = properties.jwkSetUri().isBlank()
				? properties.upstreamsOf(properties.identityService()).getFirst().resolve("/oauth2/jwks").toString()
				: properties.jwkSetUri();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keys).build();
		// Plaza's access tokens are typed at+jwt (RFC 9068), which Spring's default validator refuses.
		JwtTypeValidator accessToken = new JwtTypeValidator("at+jwt", "application/at+jwt", "JWT");
		accessToken.setAllowEmpty(true);
		OAuth2TokenValidator<Jwt> validator = properties.issuer().isBlank()
				? new DelegatingOAuth2TokenValidator<>(accessToken, new JwtTimestampValidator())
				: new DelegatingOAuth2TokenValidator<>(accessToken, new JwtTimestampValidator(),
						new JwtIssuerValidator(properties.issuer()));
		decoder.setJwtValidator(validator);
		return decoder;
	}

	@Bean
	SecurityFilterChain edgeFilterChain(HttpSecurity http, GatewayProperties properties, ProblemResponses problems) {
		ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
		RequestMatcher open = new OrRequestMatcher(anyOf(HttpMethod.GET, properties.publicReads()),
				anyOf(HttpMethod.POST, properties.publicSubmissions()),
				anyOf(HttpMethod.POST, properties.publicCallbacks()));
		return http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			// The services set their own response headers (Cache-Control, ETag, frame options); the gateway adds none.
			.headers(headers -> headers.disable())
			.authorizeHttpRequests(requests -> requests.requestMatchers(open)
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> {
			}).authenticationEntryPoint(unauthorized))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
			.build();
	}

	private static RequestMatcher anyOf(HttpMethod method, List<String> patterns) {
		List<RequestMatcher> matchers = patterns.stream()
			.<RequestMatcher>map(pattern -> PathPatternRequestMatcher.pathPattern(method, pattern))
			.toList();
		return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
	}
}
