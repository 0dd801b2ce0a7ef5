package dev.plaza.identity.application;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A public client exchanging its refresh token: it has no secret to authenticate with, so it names
 * itself with {@code client_id} (OAuth 2.1 §4.3.1). What protects the token is that it is usable once
 * and bound to the client: Spring Authorization Server checks the token was issued to this client.
 */
final class PublicClientRefresh {

	private PublicClientRefresh() {
	}

	static AuthenticationConverter converter() {
		return PublicClientRefresh::convert;
	}

	static AuthenticationProvider provider(RegisteredClientRepository clients) {
		return new Provider(clients);
	}

	private static Authentication convert(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())
				|| !AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
			return null;
		}
		String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
		if (clientIds == null) {
			return null;
		}
		if (clientIds.length != 1 || clientIds[0].isBlank()) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
		}
		return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, Map.of());
	}

	private record Provider(RegisteredClientRepository clients) implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			OAuth2ClientAuthenticationToken named = (OAuth2ClientAuthenticationToken) authentication;
			if (!ClientAuthenticationMethod.NONE.equals(named.getClientAuthenticationMethod())
					|| !named.getAdditionalParameters().isEmpty()) {
				return null;
			}
			RegisteredClient client = clients.findByClientId(named.getPrincipal().toString());
			if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
					|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
				throw new OAuth2AuthenticationException(
						new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication failed: client_id", null));
			}
			return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
		}
	}
}
