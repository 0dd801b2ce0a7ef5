package dev.plaza.identity.application;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.identity.IdentityProperties;
import dev.plaza.identity.persistence.ApiClient;
import dev.plaza.identity.persistence.ApiClientRepository;
import dev.plaza.identity.persistence.ClientType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.ServicesProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clients the authorization server knows: the platform's bootstrap admin client, the client
 * Plaza's services call each other as (when {@code plaza.services.client-secret} is set), and every
 * tenant's API clients, which carry their tenant into the tokens they get.
 */
class ClientRegistry implements RegisteredClientRepository {

	static final String TENANT_SETTING = "plaza.tenant";

	private final ApiClientRepository clients;

	private final TransactionTemplate transactions;

	private final TokenSettings tokenSettings;

	private final TokenSettings personTokenSettings;

	private final RegisteredClient admin;

	private final Optional<RegisteredClient> services;

	private final RegisteredClient backoffice;

	ClientRegistry(ApiClientRepository clients, TransactionTemplate transactions, IdentityProperties properties,
			ServicesProperties servicesProperties, PasswordEncoder passwords, LoginProperties login,
			BackofficeClient backofficeClient) {
		this.clients = clients;
		this.transactions = transactions;
		this.tokenSettings = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
		// A refresh token is exchanged once: each exchange answers a new one (rotation), so one used again was stolen.
		this.personTokenSettings = TokenSettings.builder()
			.accessTokenTimeToLive(properties.accessTokenTtl())
			.refreshTokenTimeToLive(login.refreshTokenTtl())
			.reuseRefreshTokens(false)
			.build();
		this.admin = clientCredentials(AdminClient.CLIENT_ID)
			.clientSecret(passwords.encode(AdminClient.secret(properties)))
			.scope(AdminClient.SCOPE)
			.build();
		this.services = servicesProperties.clientSecret().isBlank() ? Optional.empty()
				: Optional.of(clientCredentials(ServiceCalls.CLIENT_ID)
					.clientSecret(passwords.encode(servicesProperties.clientSecret()))
					.scope(ServiceCalls.SCOPE)
					.build());
		this.backoffice = backoffice(backofficeClient, properties);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		if (AdminClient.CLIENT_ID.equals(clientId)) {
			return admin;
		}
		if (ServiceCalls.CLIENT_ID.equals(clientId)) {
			return services.orElse(null);
		}
		if (BackofficeClient.CLIENT_ID.equals(clientId)) {
			return backoffice;
		}
		return asPlatform(() -> clients.findByClientId(clientId).map(this::registered).orElse(null));
	}

	@Override
	public RegisteredClient findById(String id) {
		if (admin.getId().equals(id)) {
			return admin;
		}
		if (ServiceCalls.CLIENT_ID.equals(id)) {
			return services.orElse(null);
		}
		if (BackofficeClient.CLIENT_ID.equals(id)) {
			return backoffice;
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
		if (client.type() == ClientType.PUBLIC) {
			return forPeople(client);
		}
		return clientCredentials(client.clientId())
			.id(client.id().toString())
			.clientName(client.name())
			.clientSecret(client.secretHash())
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.clientSettings(ClientSettings.builder().setting(TENANT_SETTING, client.tenant().toString()).build())
			.build();
	}

	/**
	 * An app people log in through: no secret, the authorization code with PKCE (S256) and refresh
	 * tokens, only to the registered redirect URIs.
	 */
	private RegisteredClient forPeople(ApiClient client) {
		return RegisteredClient.withId(client.id().toString())
			.clientId(client.clientId())
			.clientName(client.name())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris(uris -> uris.addAll(client.redirectUris()))
			.postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.clientSettings(ClientSettings.builder()
				.requireProofKey(true)
				.requireAuthorizationConsent(client.consent())
				.setting(TENANT_SETTING, client.tenant().toString())
				.build())
			.tokenSettings(personTokenSettings)
			.build();
	}

	/** The back office: an app people log in through, of no tenant — it serves every organization's people. */
	private RegisteredClient backoffice(BackofficeClient client, IdentityProperties properties) {
		return RegisteredClient.withId(BackofficeClient.CLIENT_ID)
			.clientId(BackofficeClient.CLIENT_ID)
			.clientName("Plaza back office")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris(uris -> uris.addAll(client.redirectUris()))
			.postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
			.scopes(scopes -> {
				scopes.addAll(PersonScopes.OPENID_CONNECT);
				scopes.addAll(properties.tenantScopes());
			})
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(personTokenSettings)
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
