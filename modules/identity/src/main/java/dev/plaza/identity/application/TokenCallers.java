package dev.plaza.identity.application;

import dev.plaza.platform.ServiceCalls;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

/** Who may revoke or introspect a token: the client it was issued to, the platform administrator and Plaza's services. */
final class TokenCallers {

	private TokenCallers() {
	}

	static OAuth2ClientAuthenticationToken authenticated(Object principal) {
		if (principal instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()
				&& client.getRegisteredClient() != null) {
			return client;
		}
		throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
	}

	static boolean mayInspect(OAuth2ClientAuthenticationToken caller, Jwt token) {
		String callerId = caller.getRegisteredClient().getClientId();
		return callerId.equals(token.getClaimAsString(AccessTokenClaims.CLIENT_ID))
				|| AdminClient.CLIENT_ID.equals(callerId) || ServiceCalls.CLIENT_ID.equals(callerId);
	}
}
