package dev.plaza.identity.persistence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.plaza.platform.TenantId;

/** A tenant's machine client: it authenticates with its id and (hashed) secret. */
public record ApiClient(UUID id, TenantId tenant, String clientId, String name, String secretHash, Set<String> scopes,
		Instant createdAt) {
}
