package dev.plaza.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified. A partner sends the same access token with every request
 * until it expires, and checking its RSA signature again each time was a fifth of the server's
 * CPU per request; a remembered token is still refused once it has expired or been revoked.
 */
public final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder verifier;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	private final RevokedTokens revoked;

	public VerifiedTokens(JwtDecoder verifier, Clock clock, Duration maxAge, long maxTokens, RevokedTokens revoked) {
		this.verifier = verifier;
		this.clock = clock;
		this.revoked = revoked;
		this.verified = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxTokens).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = verified.getIfPresent(token);
		if (jwt == null || !stillValid(jwt)) {
			jwt = verifier.decode(token);
			verified.put(token, jwt);
		}
		if (revoked.refuses(jwt)) {
			throw new BadJwtException("The token was revoked");
		}
		return jwt;
	}

	private boolean stillValid(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		return expiresAt != null && clock.instant().isBefore(expiresAt);
	}
}
