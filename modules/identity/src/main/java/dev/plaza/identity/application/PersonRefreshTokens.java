package dev.plaza.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens for every client registered with the refresh_token grant — public clients too,
 * which Spring Authorization Server's own generator leaves out. OAuth 2.1 allows them for public
 * clients when each is usable once (rotation) and reuse is detected, which
 * {@link PersonAuthorizations} does.
 */
final class PersonRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

	private final StringKeyGenerator values = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

	private final Clock clock;

	PersonRefreshTokens(Clock clock) {
		this.clock = clock;
	}

	@Override
	public OAuth2RefreshToken generate(OAuth2TokenContext context) {
		if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())) {
			return null;
		}
		Instant issuedAt = clock.instant();
		return new OAuth2RefreshToken(values.generateKey(), issuedAt,
				issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
	}
}
