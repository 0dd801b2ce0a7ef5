package dev.plaza.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.identity.persistence.StaffSessionRepository;
import dev.plaza.identity.persistence.StaffSessionRepository.SessionRow;
import dev.plaza.platform.Problem;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions a person is logged in with — one per app they authorized — which they can see and
 * end. Ending one stops its refresh token and access tokens at once.
 */
@Service
public class StaffSessions {

	private final StaffSessionRepository sessions;

	private final RegisteredClientRepository clients;

	private final SessionRevocations revocations;

	StaffSessions(StaffSessionRepository sessions, RegisteredClientRepository clients, SessionRevocations revocations) {
		this.sessions = sessions;
		this.clients = clients;
		this.revocations = revocations;
	}

	/**
	 * A person's session.
	 *
	 * @param lastUsed when the app last got a token under it
	 */
	public record StaffSession(String id, String clientName, Instant created, Instant lastUsed) {
	}

	/** The member's sessions, the most recently used first. */
	@Transactional(readOnly = true)
	public List<StaffSession> of(UUID member) {
		return sessions.ofMember(member).stream().map(this::view).toList();
	}

	/** Ends the member's session; another person's, or one already ended, is not found. */
	@Transactional
	public void end(UUID member, String sessionId) {
		if (!sessions.belongsTo(sessionId, member)) {
			throw Problem.notFound("session", sessionId);
		}
		revocations.end(sessionId);
	}

	private StaffSession view(SessionRow session) {
		RegisteredClient client = clients.findById(session.clientId());
		return new StaffSession(session.id(), client == null ? null : client.getClientName(), session.created(),
				session.lastUsed());
	}
}
