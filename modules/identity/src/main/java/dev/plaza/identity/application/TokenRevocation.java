package dev.plaza.identity.application;

import dev.plaza.identity.persistence.RevocationRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenRevocationAuthenticationToken;

/**
 * {@code POST /oauth2/revoke} (RFC 7009): puts the token on the revocation list, which every
 * instance reads. A client revokes its own tokens; the platform administrator any. A token that is
 * not valid anyway is answered 200 too, as the RFC asks.
 */
class TokenRevocation implements AuthenticationProvider {

	private final JwtDecoder tokens;

	private final RevocationRepository revocations;

	private final RevokedTokens revoked;

	TokenRevocation(JwtDecoder tokens, RevocationRepository revocations, RevokedTokens revoked) {
		this.tokens = tokens;
		this.revocations = revocations;
		this.revoked = revoked;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OAuth2TokenRevocationAuthenticationToken request = (OAuth2TokenRevocationAuthenticationToken) authentication;
		OAuth2ClientAuthenticationToken caller = TokenCallers.authenticated(request.getPrincipal());
		Jwt token;
		try {
			token = tokens.decode(request.getToken());
		}
		catch (JwtException invalid) {
			return new OAuth2TokenRevocationAuthenticationToken(
					new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, request.getToken(), null, null), caller);
		}
		if (!TokenCallers.mayInspect(caller, token)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
		}
		Revocation entry = Revocation.ofToken(token.getId(), token.getExpiresAt());
		revocations.add(entry);
		revoked.add(entry);
		return new OAuth2TokenRevocationAuthenticationToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt()), caller);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OAuth2TokenRevocationAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
