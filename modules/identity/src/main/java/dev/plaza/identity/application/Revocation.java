package dev.plaza.identity.application;

import java.time.Instant;

/**
 * One entry of the revocation list: a single token ({@code tokenId}, its {@code jti}), or every token
 * a client was issued up to {@code issuedBefore} (a deleted client). An entry matters only until
 * {@code expiresAt}, when every token it could name has expired anyway.
 */
public record Revocation(String tokenId, String clientId, Instant issuedBefore, Instant expiresAt) {

	public static Revocation ofToken(String tokenId, Instant expiresAt) {
		return new Revocation(tokenId, null, null, expiresAt);
	}

	public static Revocation ofClient(String clientId, Instant issuedBefore, Instant expiresAt) {
		return new Revocation(null, clientId, issuedBefore, expiresAt);
	}

	boolean refuses(String jti, String client, Instant issuedAt) {
		if (tokenId != null) {
			return tokenId.equals(jti);
		}
		return clientId != null && clientId.equals(client) && issuedAt != null && issuedBefore != null
				&& !issuedAt.isAfter(issuedBefore);
	}
}
