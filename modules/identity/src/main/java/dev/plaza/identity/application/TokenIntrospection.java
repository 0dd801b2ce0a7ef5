package dev.plaza.identity.application;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * {@code POST /oauth2/introspect} (RFC 7662): a token is active exactly when the API accepts it —
 * the same decoder decides, with its signature, issuer, audience, expiry and revocation checks.
 * Only the client it was issued to, the platform administrator and Plaza's services learn more
 * than {@code active: false}.
 */
class TokenIntrospection implements AuthenticationProvider {

	private final JwtDecoder tokens;

	TokenIntrospection(JwtDecoder tokens) {
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OAuth2TokenIntrospectionAuthenticationToken request = (OAuth2TokenIntrospectionAuthenticationToken) authentication;
		OAuth2ClientAuthenticationToken caller = TokenCallers.authenticated(request.getPrincipal());
		OAuth2TokenIntrospection inactive = OAuth2TokenIntrospection.builder().build();
		Jwt token;
		try {
			token = tokens.decode(request.getToken());
		}
		catch (JwtException invalid) {
			return new OAuth2TokenIntrospectionAuthenticationToken(request.getToken(), caller, inactive);
		}
		OAuth2TokenIntrospection claims = TokenCallers.mayInspect(caller, token) ? active(token) : inactive;
		return new OAuth2TokenIntrospectionAuthenticationToken(request.getToken(), caller, claims);
	}

	private static OAuth2TokenIntrospection active(Jwt token) {
		List<String> scopes = token.getClaimAsStringList("scope");
		OAuth2TokenIntrospection.Builder claims = OAuth2TokenIntrospection.builder(true)
			.clientId(token.getClaimAsString(AccessTokenClaims.CLIENT_ID))
			.tokenType("Bearer")
			.subject(token.getSubject())
			.issuer(token.getClaimAsString("iss"))
			.audiences(audiences -> audiences.addAll(token.getAudience()))
			.issuedAt(token.getIssuedAt())
			.expiresAt(token.getExpiresAt())
			.id(token.getId());
		if (scopes != null) {
			claims.scopes(granted -> granted.addAll(scopes));
		}
		if (token.getNotBefore() != null) {
			claims.notBefore(token.getNotBefore());
		}
		String tenant = token.getClaimAsString(AccessTokenClaims.TENANT);
		if (tenant != null) {
			claims.claim(AccessTokenClaims.TENANT, tenant);
		}
		return claims.build();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OAuth2TokenIntrospectionAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
