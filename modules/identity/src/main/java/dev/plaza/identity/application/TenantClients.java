package dev.plaza.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.persistence.ApiClient;
import dev.plaza.identity.domain.RedirectUris;
import dev.plaza.identity.persistence.ApiClientRepository;
import dev.plaza.identity.persistence.ClientType;
import dev.plaza.identity.persistence.RevocationRepository;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, re-keys and deletes tenants' API clients. A client's secret exists in clear only in the
 * answer that creates or rotates it; the token endpoint reads clients afresh on each request, so an
 * old secret stops working at once.
 */
@Service
public class TenantClients {

	private final ApiClientRepository clients;

	private final TenantDirectory tenants;

	private final PasswordEncoder passwords;

	private final Set<String> grantableScopes;

	private final RevocationRepository revocations;

	private final RevokedTokens revoked;

	private final Duration tokenTtl;

	TenantClients(ApiClientRepository clients, TenantDirectory tenants, PasswordEncoder passwords, IdentityProperties properties,
			RevocationRepository revocations, RevokedTokens revoked) {
		this.clients = clients;
		this.tenants = tenants;
		this.passwords = passwords;
		this.grantableScopes = new TreeSet<>(properties.tenantScopes());
		this.revocations = revocations;
		this.revoked = revoked;
		this.tokenTtl = properties.accessTokenTtl();
	}

	/** A confidential client: a partner's server, which authenticates with the secret answered once. */
	@Transactional
	public IssuedClient register(TenantId tenant, String name, Set<String> scopes) {
		requireTenant(tenant);
		requireGrantable(scopes, grantableScopes);
		String secret = Secrets.newSecret();
		ApiClient client = ApiClient.confidential(Ids.newId(), tenant, Secrets.newClientId(), name, passwords.encode(secret),
				Set.copyOf(scopes), Instant.now().truncatedTo(ChronoUnit.MICROS));
		clients.add(client);
		return new IssuedClient(client, secret);
	}

	/**
	 * A public client: an app people log in through with the authorization code flow and PKCE. It has
	 * no secret; besides the API scopes it may ask for the OpenID Connect ones.
	 *
	 * @param consent whether people are asked before the app may act for them
	 */
	@Transactional
	public ApiClient registerPublic(TenantId tenant, String name, Set<String> scopes, List<String> redirectUris,
			List<String> postLogoutRedirectUris, boolean consent) {
		requireTenant(tenant);
		Set<String> grantable = new TreeSet<>(grantableScopes);
		grantable.addAll(PersonScopes.OPENID_CONNECT);
		requireGrantable(scopes, grantable);
		List<FieldError> refused = new ArrayList<>();
		if (redirectUris.isEmpty()) {
			refused.add(new FieldError("redirectUris", "must name at least one URI for a public client"));
		}
		refused.addAll(RedirectUris.refusals("redirectUris", redirectUris));
		refused.addAll(RedirectUris.refusals("postLogoutRedirectUris", postLogoutRedirectUris));
		Problem.refuseIfAny(refused);
		ApiClient client = new ApiClient(Ids.newId(), tenant, Secrets.newClientId(), name, null, Set.copyOf(scopes),
				Instant.now().truncatedTo(ChronoUnit.MICROS), ClientType.PUBLIC, redirectUris, postLogoutRedirectUris,
				consent);
		clients.add(client);
		return client;
	}

	private static void requireGrantable(Set<String> scopes, Set<String> grantable) {
		Set<String> unknown = new TreeSet<>(scopes);
		unknown.removeAll(grantable);
		if (!unknown.isEmpty()) {
			throw Problem.invalidFields(ProblemType.VALIDATION, "Unknown scopes " + unknown + ". A tenant's client may be granted: "
					+ grantable + ".", List.of(new FieldError("scopes", "contains unknown scopes " + unknown)));
		}
	}

	/** A new secret for the client; the old one no longer gets tokens. Tokens already issued keep working. */
	@Transactional
	public IssuedClient rotateSecret(TenantId tenant, String clientId) {
		requireTenant(tenant);
		String secret = Secrets.newSecret();
		if (!clients.replaceSecret(tenant, clientId, passwords.encode(secret))) {
			throw Problem.notFound("client", clientId);
		}
		return new IssuedClient(clients.findByClientId(clientId).orElseThrow(), secret);
	}

	/** Deletes the client and revokes every token it was issued. */
	@Transactional
	public void delete(TenantId tenant, String clientId) {
		requireTenant(tenant);
		if (!clients.remove(tenant, clientId)) {
			throw Problem.notFound("client", clientId);
		}
		Instant now = Instant.now();
		// Every token issued so far expires within one lifetime; a minute more covers clock skew between instances.
		Revocation everyToken = Revocation.ofClient(clientId, now, now.plus(tokenTtl).plusSeconds(60));
		revocations.add(everyToken);
		revoked.add(everyToken);
	}

	@Transactional(readOnly = true)
	public List<ApiClient> of(TenantId tenant) {
		requireTenant(tenant);
		return clients.ofTenant(tenant);
	}

	private void requireTenant(TenantId tenant) {
		if (tenants.find(tenant).isEmpty()) {
			throw Problem.notFound("tenant", tenant);
		}
	}

	public record IssuedClient(ApiClient client, String secret) {
	}
}
