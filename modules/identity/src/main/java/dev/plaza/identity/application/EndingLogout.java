package dev.plaza.identity.application;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * RP-initiated logout ends more than the browser session Spring Authorization Server ends: the
 * authorization the ID token was issued under too, so the app's refresh token and access tokens
 * stop working as the person logs out.
 */
final class EndingLogout implements AuthenticationSuccessHandler {

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final OidcLogoutAuthenticationSuccessHandler browser = new OidcLogoutAuthenticationSuccessHandler();

	private final OAuth2AuthorizationService authorizations;

	private final SessionRevocations sessions;

	EndingLogout(OAuth2AuthorizationService authorizations, SessionRevocations sessions) {
		this.authorizations = authorizations;
		this.sessions = sessions;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication instanceof OidcLogoutAuthenticationToken logout && logout.getIdToken() != null) {
			OAuth2Authorization authorization = authorizations.findByToken(logout.getIdToken().getTokenValue(), ID_TOKEN);
			if (authorization != null) {
				sessions.end(authorization.getId());
			}
		}
		browser.onAuthenticationSuccess(request, response, authentication);
	}
}
