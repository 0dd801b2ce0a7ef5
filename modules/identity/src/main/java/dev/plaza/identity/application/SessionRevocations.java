package dev.plaza.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.persistence.RevocationRepository;
import dev.plaza.identity.persistence.StaffSessionRepository;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Ends what a person is logged in with: an authorization (its refresh token stops answering and
 * every access token issued under it, which names it in {@code sid}, is revoked on every instance
 * within a second) or, when the person is suspended or deleted or their password is reset, all of
 * them and their browser sessions, in the transaction that did it.
 */
public class SessionRevocations {

	private final StaffSessionRepository sessions;

	private final RevocationRepository revocations;

	private final RevokedTokens revoked;

	private final Duration accessTokenTtl;

	private final FindByIndexNameSessionRepository<?> browserSessions;

	SessionRevocations(StaffSessionRepository sessions, RevocationRepository revocations, RevokedTokens revoked,
			IdentityProperties properties, FindByIndexNameSessionRepository<?> browserSessions) {
		this.sessions = sessions;
		this.revocations = revocations;
		this.revoked = revoked;
		this.accessTokenTtl = properties.accessTokenTtl();
		this.browserSessions = browserSessions;
	}

	/** Ends the authorization, whether or not it still exists. */
	public void end(String authorizationId) {
		sessions.remove(authorizationId);
		Instant now = Instant.now();
		// Every access token issued under it expires within one lifetime; a minute more covers clock skew.
		Revocation everyToken = Revocation.ofSession(authorizationId, now.plus(accessTokenTtl).plusSeconds(60));
		revocations.add(everyToken);
		revoked.add(everyToken);
	}

	/** The person's authorizations and browser sessions end with their access. */
	@EventListener
	void on(StaffAccessEnded ended) {
		endAllOf(ended.memberId());
	}

	/** Whoever knew the old password is logged out everywhere: a reset is often how a stolen account is taken back. */
	@EventListener
	void on(StaffPasswordChanged changed) {
		endAllOf(changed.memberId());
	}

	private void endAllOf(UUID memberId) {
		sessions.idsOf(memberId).forEach(this::end);
		browserSessions.findByPrincipalName(memberId.toString()).keySet().forEach(browserSessions::deleteById);
	}
}
