package dev.plaza.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.TenantDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes access tokens as RFC 9068 JWTs: header {@code typ: at+jwt}, {@code aud} the resource they
 * open (not the client), {@code client_id}, and the tenant as the {@code tenant} claim — a client's
 * own tenant, or for a person the tenant of the environment they logged into, with {@code sub} the
 * member and {@code sid} the authorization (session) the token was issued under. A person's ID
 * token says their {@code email} and {@code name} when those scopes were granted. No token is
 * issued to a person who is no longer active, nor through another organization's app.
 */
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String TENANT = "tenant";

	static final String CLIENT_ID = "client_id";

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final TokenAuthority authority;

	private final TenantDirectory tenants;

	private final StaffLogin staff;

	AccessTokenClaims(TokenAuthority authority, TenantDirectory tenants, StaffLogin staff) {
		this.authority = authority;
		this.tenants = tenants;
		this.staff = staff;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		Optional<UUID> person = PersonPrincipal.memberOf(context.getPrincipal());
		if (ID_TOKEN.equals(context.getTokenType()) && person.isPresent()) {
			StaffMember member = active(person.get());
			if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
				context.getClaims().claim(StandardClaimNames.EMAIL, member.email());
			}
			if (context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
				context.getClaims().claim(StandardClaimNames.NAME, member.name());
			}
			return;
		}
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		context.getJwsHeader().type("at+jwt");
		context.getClaims()
			// A mutable list: a person's token is stored with its claims, and read back only as known types.
			.audience(new ArrayList<>(List.of(authority.audience())))
			.claim(CLIENT_ID, context.getRegisteredClient().getClientId());
		if (person.isPresent()) {
			StaffMember member = active(person.get());
			requireServes(context.getRegisteredClient(), member);
			context.getClaims()
				.claim(TENANT, tenantOf(member, context.getPrincipal()).toString())
				.claim(RevokedTokens.SESSION_CLAIM, context.getAuthorization().getId());
			return;
		}
		Object tenant = context.getRegisteredClient().getClientSettings().getSetting(ClientRegistry.TENANT_SETTING);
		if (tenant != null) {
			context.getClaims().claim(TENANT, tenant.toString());
		}
	}

	private StaffMember active(UUID member) {
		return staff.active(member).orElseThrow(() -> new OAuth2AuthenticationException(
				new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The person's access has ended", null)));
	}

	/**
	 * An app a tenant registered (one that asks for consent) serves its own organization's people
	 * only; one the platform operator registered without consent (first party, such as the back
	 * office) serves every organization's.
	 */
	private void requireServes(RegisteredClient client, StaffMember member) {
		Object tenant = client.getClientSettings().getSetting(ClientRegistry.TENANT_SETTING);
		if (tenant == null || !client.getClientSettings().isRequireAuthorizationConsent()) {
			return;
		}
		boolean ownOrganization = TenantContext.callAs(TenantId.PLATFORM, () -> tenants.find(TenantId.of(tenant.toString())))
			.map(owner -> owner.organization().equals(member.organization()))
			.orElse(false);
		if (!ownOrganization) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
					"This app belongs to another organization: its people log in through it, yours do not", null));
		}
	}

	private TenantId tenantOf(StaffMember member, Authentication principal) {
		Environment environment = PersonPrincipal.environmentOf(principal).orElseThrow();
		return tenants.tenantOf(member.organization(), environment).orElseThrow(() -> new OAuth2AuthenticationException(
				new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The organization has no " + environment.code() + " tenant", null)));
	}
}
