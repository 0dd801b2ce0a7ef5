package dev.plaza.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param accessTokenTtl lifetime of access tokens
 * @param issuer the {@code iss} of tokens; when empty, {@code plaza.public-url}, or else
 * {@code http://127.0.0.1:<the port the server bound>}. Never taken from a request.
 * @param audience the {@code aud} of access tokens, the resource they open; when empty, the issuer
 * @param signingKey id of the key that signs new tokens; naming a key that does not exist yet
 * creates it, which is how keys are rotated. Older keys stay published so tokens they signed
 * remain valid until they expire.
 * @param adminClientSecret secret of the {@code plaza-admin} client; when empty, one is generated
 * at first start and written to {@code adminCredentials}
 * @param adminCredentials file holding the generated admin secret, readable by its owner only
 * @param tenantScopes the scopes a tenant's client may be granted
 * @param failedAuthenticationsPerMinute failed client authentications allowed per client id and per
 * address in a minute at the token, revocation and introspection endpoints; past it, 429
 */
@ConfigurationProperties("plaza.identity")
public record IdentityProperties(@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("") String issuer,
		@DefaultValue("") String audience,
		@DefaultValue("plaza-1") String signingKey, @DefaultValue("") String adminClientSecret,
		@DefaultValue("var/admin-credentials") Path adminCredentials,
		@DefaultValue({ "tenant:read", "ledger:read", "ledger:write", "catalog:write", "reservations:write", "payments:read",
				"payments:write", "notifications:read", "notifications:write", "orders:read", "orders:write", "orders:refund", "users:read", "users:write",
				"clients:write", "audit:read", "config:write", "onboarding:write", "lending:read", "lending:write" }) Set<String> tenantScopes,
		@DefaultValue("10") int failedAuthenticationsPerMinute) {
}
