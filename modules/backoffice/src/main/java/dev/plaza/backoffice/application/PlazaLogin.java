package dev.plaza.backoffice.application;

import java.util.List;

import dev.plaza.backoffice.BackofficeProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The back office as an OAuth 2.0 client of Plaza's authorization server: a public client (no
 * secret, PKCE S256) using the authorization code grant, asking for every scope a page may use.
 * The token answers only those of the person's roles, so a page learns from it what the person may do.
 */
@Component
public class PlazaLogin implements ClientRegistrationRepository {

	/** The registration id, the last segment of the login and callback paths. */
	public static final String REGISTRATION = "plaza";

	static final List<String> SCOPES = List.of("openid", "email", "profile", "tenant:read", "users:read",
			"users:write", "clients:write", "audit:read", "config:write", "orders:read", "orders:write",
			"orders:refund", "payments:read", "payments:write", "ledger:read", "ledger:write", "catalog:write",
			"reservations:write", "notifications:read", "notifications:write", "onboarding:write", "lending:read",
			"lending:write");

	private final PlazaUrls urls;

	private final BackofficeProperties properties;

	private volatile ClientRegistration registration;

	PlazaLogin(PlazaUrls urls, BackofficeProperties properties) {
		this.urls = urls;
		this.properties = properties;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return REGISTRATION.equals(registrationId) ? registration() : null;
	}

	private ClientRegistration registration() {
		ClientRegistration known = registration;
		if (known == null) {
			String api = urls.api();
			known = ClientRegistration.withRegistrationId(REGISTRATION)
				.clientId(properties.clientId())
				.clientName("Plaza back office")
				.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/admin/login/code/{registrationId}")
				.scope(SCOPES)
				.authorizationUri(urls.login() + "/oauth2/authorize")
				.tokenUri(api + "/oauth2/token")
				.jwkSetUri(api + "/oauth2/jwks")
				.userInfoUri(api + "/userinfo")
				.userNameAttributeName("sub")
				.issuerUri(urls.login())
				.build();
			registration = known;
		}
		return known;
	}
}
