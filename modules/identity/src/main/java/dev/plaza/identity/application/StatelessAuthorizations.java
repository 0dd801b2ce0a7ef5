package dev.plaza.identity.application;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Client-credentials access tokens are self-contained, short-lived JWTs verified by signature, so
 * there is nothing to remember about them; keeping each issued token (the default, in memory)
 * would only grow without bound.
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
		// Nothing to keep: see the class comment.
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		// Nothing was kept.
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return null;
	}
}
