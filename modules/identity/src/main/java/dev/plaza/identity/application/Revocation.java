package dev.plaza.identity.application;

import java.time.Instant;

/**
 * One entry of the revocation list: a single token ({@code tokenId}, its {@code jti}), every token
 * a client was issued up to {@code issuedBefore} (a deleted client), or every access token of a
 * person's session ({@code sessionId}, the {@code sid} claim: a logout, a revoked session, a reused
 * refresh token, a suspended person). An entry matters only until {@code expiresAt}, when every
 * token it could name has expired anyway.
 */
public record Revocation(String tokenId, String clientId, Instant issuedBefore, Instant expiresAt, String sessionId) {

	public static Revocation ofToken(String tokenId, Instant expiresAt) {
		return new Revocation(tokenId, null, null, expiresAt, null);
	}

	public static Revocation ofClient(String clientId, Instant issuedBefore, Instant expiresAt) {
		return new Revocation(null, clientId, issuedBefore, expiresAt, null);
	}

	public static Revocation ofSession(String sessionId, Instant expiresAt) {
		return new Revocation(null, null, null, expiresAt, sessionId);
	}

	boolean refuses(String jti, String client, Instant issuedAt, String sid) {
		if (tokenId != null) {
			return tokenId.equals(jti);
		}
		if (sessionId != null) {
			return sessionId.equals(sid);
		}
		return clientId != null && clientId.equals(client) && issuedAt != null && issuedBefore != null
				&& !issuedAt.isAfter(issuedBefore);
	}
}
