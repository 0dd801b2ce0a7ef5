package dev.plaza.identity.clients;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.authserver.Secrets;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers tenants' API clients. A client's secret exists in clear only in the answer that creates it. */
@Service
class TenantClients {

	private final ApiClients clients;

	private final TenantDirectory tenants;

	private final PasswordEncoder passwords;

	private final Set<String> grantableScopes;

	TenantClients(ApiClients clients, TenantDirectory tenants, PasswordEncoder passwords, IdentityProperties properties) {
		this.clients = clients;
		this.tenants = tenants;
		this.passwords = passwords;
		this.grantableScopes = new TreeSet<>(properties.tenantScopes());
	}

	@Transactional
	IssuedClient register(TenantId tenant, String name, Set<String> scopes) {
		requireTenant(tenant);
		Set<String> unknown = new TreeSet<>(scopes);
		unknown.removeAll(grantableScopes);
		if (!unknown.isEmpty()) {
			throw new Problem(ProblemType.VALIDATION, "Unknown scopes " + unknown + ". A tenant's client may be granted: "
					+ grantableScopes + ".", Map.of("errors", List.of(Map.of("field", "scopes",
							"reason", "contains unknown scopes " + unknown))));
		}
		String secret = Secrets.newSecret();
		ApiClient client = new ApiClient(Ids.newId(), tenant, Secrets.newClientId(), name, passwords.encode(secret),
				Set.copyOf(scopes), Instant.now().truncatedTo(ChronoUnit.MICROS));
		clients.add(client);
		return new IssuedClient(client, secret);
	}

	@Transactional(readOnly = true)
	List<ApiClient> of(TenantId tenant) {
		requireTenant(tenant);
		return clients.ofTenant(tenant);
	}

	private void requireTenant(TenantId tenant) {
		if (tenants.find(tenant).isEmpty()) {
			throw Problem.notFound("tenant", tenant);
		}
	}

	record IssuedClient(ApiClient client, String secret) {
	}
}
