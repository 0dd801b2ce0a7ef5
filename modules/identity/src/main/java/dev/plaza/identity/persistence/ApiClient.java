package dev.plaza.identity.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.platform.TenantId;

/**
 * A tenant's client. A confidential one (a partner's server) authenticates with its id and (hashed)
 * secret; a public one (a browser or native app people log in through) has no secret and may send
 * people back only to its {@code redirectUris}, matched exactly.
 *
 * @param consent whether people are asked before the client may use their account (third-party apps)
 */
public record ApiClient(UUID id, TenantId tenant, String clientId, String name, String secretHash, Set<String> scopes,
		Instant createdAt, ClientType type, List<String> redirectUris, List<String> postLogoutRedirectUris,
		boolean consent) {

	public ApiClient {
		redirectUris = List.copyOf(redirectUris);
		postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
	}

	/** A confidential client, as partners' servers have always been registered. */
	public static ApiClient confidential(UUID id, TenantId tenant, String clientId, String name, String secretHash,
			Set<String> scopes, Instant createdAt) {
		return new ApiClient(id, tenant, clientId, name, secretHash, scopes, createdAt, ClientType.CONFIDENTIAL, List.of(),
				List.of(), false);
	}
}
