package dev.plaza.identity.authserver;

import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.clients.ApiClient;
import dev.plaza.identity.clients.ApiClients;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clients the authorization server knows: the platform's bootstrap admin client, and every
 * tenant's API clients, which carry their tenant into the tokens they get.
 */
class ClientRegistry implements RegisteredClientRepository {

	static final String TENANT_SETTING = "plaza.tenant";

	private final ApiClients clients;

	private final TransactionTemplate transactions;

	private final TokenSettings tokenSettings;

	private final RegisteredClient admin;

	ClientRegistry(ApiClients clients, TransactionTemplate transactions, IdentityProperties properties,
			PasswordEncoder passwords) {
		this.clients = clients;
		this.transactions = transactions;
		this.tokenSettings = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
		this.admin = clientCredentials(AdminClient.CLIENT_ID)
			.clientSecret(passwords.encode(AdminClient.secret(properties)))
			.scope(AdminClient.SCOPE)
			.build();
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		if (AdminClient.CLIENT_ID.equals(clientId)) {
			return admin;
		}
		return asPlatform(() -> clients.findByClientId(clientId).map(this::registered).orElse(null));
	}

	@Override
	public RegisteredClient findById(String id) {
		if (admin.getId().equals(id)) {
			return admin;
		}
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return asPlatform(() -> clients.findById(uuid).map(this::registered).orElse(null));
	}

	/** Clients are created through the tenant clients API, never by the protocol endpoints. */
	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("Clients are registered through POST /api/v1/tenants/{id}/clients");
	}

	private RegisteredClient asPlatform(Supplier<RegisteredClient> lookup) {
		return TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> lookup.get()));
	}

	private RegisteredClient registered(ApiClient client) {
		return clientCredentials(client.clientId())
			.id(client.id().toString())
			.clientName(client.name())
			.clientSecret(client.secretHash())
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.clientSettings(ClientSettings.builder().setting(TENANT_SETTING, client.tenant().toString()).build())
			.build();
	}

	private RegisteredClient.Builder clientCredentials(String clientId) {
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(tokenSettings);
	}
}
