package dev.plaza.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.persistence.StaffSessionRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * What people authorized apps to do, kept in identity's database so that any instance continues a
 * login another began and answers a refresh token another issued. Client-credentials tokens are
 * not kept: they are self-contained, short-lived JWTs verified by signature, and keeping each would
 * only grow without bound.
 * <p>
 * On top of Spring Authorization Server's store: a person's token carries only the scopes their
 * roles hold now ({@link PersonScopes}); a refresh token answers only while the person is active;
 * and a refresh token presented after it was exchanged (rotation makes each usable once) ends the
 * whole authorization — its current refresh token and every access token issued under it.
 */
class PersonAuthorizations implements OAuth2AuthorizationService {

	private final JdbcOAuth2AuthorizationService stored;

	private final StaffSessionRepository sessions;

	private final RegisteredClientRepository clients;

	private final StaffLogin staff;

	private final SessionRevocations revocations;

	PersonAuthorizations(JdbcOAuth2AuthorizationService stored, StaffSessionRepository sessions,
			RegisteredClientRepository clients,
			StaffLogin staff, SessionRevocations revocations) {
		this.stored = stored;
		this.sessions = sessions;
		this.clients = clients;
		this.staff = staff;
		this.revocations = revocations;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
			return;
		}
		OAuth2Authorization before = stored.findById(authorization.getId());
		OAuth2RefreshToken spent = before == null || before.getRefreshToken() == null ? null
				: before.getRefreshToken().getToken();
		if (spent != null && (authorization.getRefreshToken() == null
				|| !spent.getTokenValue().equals(authorization.getRefreshToken().getToken().getTokenValue()))) {
			sessions.spent(sha256(spent.getTokenValue()), authorization.getId(),
					spent.getExpiresAt() == null ? Instant.now() : spent.getExpiresAt());
		}
		stored.save(withCurrentScopes(authorization));
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		revocations.end(authorization.getId());
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return stored.findById(id);
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		OAuth2Authorization found = stored.findByToken(token, tokenType);
		if (!OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
			return found;
		}
		if (found == null) {
			sessions.spentIn(sha256(token)).ifPresent(revocations::end);
			return null;
		}
		Optional<UUID> member = PersonPrincipal.memberOf(found.getAttribute(Principal.class.getName()));
		if (member.isPresent() && staff.active(member.get()).isEmpty()) {
			revocations.end(found.getId());
			return null;
		}
		return withCurrentScopes(found);
	}

	/**
	 * The authorization with the scopes the person may hold now: what was authorized (asked for, or
	 * approved at consent), of what the app was registered with, of what the person's roles hold
	 * today. A role taken away narrows the next refresh; a role given takes a new login.
	 */
	private OAuth2Authorization withCurrentScopes(OAuth2Authorization authorization) {
		Authentication principal = authorization.getAttribute(Principal.class.getName());
		Optional<UUID> member = PersonPrincipal.memberOf(principal);
		RegisteredClient client = clients.findById(authorization.getRegisteredClientId());
		if (member.isEmpty() || client == null || authorization.getAuthorizedScopes().isEmpty()) {
			return authorization;
		}
		Set<String> granted = PersonScopes.granted(authorization.getAuthorizedScopes(), client.getScopes(),
				staff.active(member.get()).map(StaffMember::roles).orElse(Set.of()));
		return OAuth2Authorization.from(authorization).authorizedScopes(granted).build();
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
