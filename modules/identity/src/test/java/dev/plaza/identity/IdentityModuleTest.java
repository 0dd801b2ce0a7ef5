package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.identity.application.TenantClients;
import dev.plaza.identity.application.TenantClients.IssuedClient;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.application.TenantDirectoryService;
import dev.plaza.tenancy.domain.OrganizationSlug;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * Identity with tenancy beside it (a client belongs to a tenant that must exist), as the platform
 * operator and the token endpoint use it: tenants' API clients registered, re-keyed and deleted, and
 * the tokens the API accepts. The issuer is set up front, as no server port is bound here. Module
 * tests share one test instance, so each test founds an organization of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "plaza.identity.issuer=https://plaza.test",
		"plaza.identity.admin-credentials=${plaza.home}/admin-credentials" })
class IdentityModuleTest {

	@Autowired
	TenantClients clients;

	@Autowired
	RegisteredClientRepository tokenEndpointClients;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JwtEncoder signer;

	@Autowired
	JwtDecoder acceptedTokens;

	@Autowired
	TokenAuthority authority;

	@Autowired
	TenantDirectoryService organizations;

	@Test
	void aClientIsRegisteredOnlyForATenantThatExists() {
		TenantId unknown = TenantId.of(UUID.randomUUID().toString());

		assertThatThrownBy(() -> asOperator(() -> clients.register(unknown, "POS", Set.of("orders:write"))))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("not-found"))
			.hasMessageContaining(unknown.toString());
	}

	@Test
	void aTenantsClientIsGrantedOnlyTheScopesATenantMayHave() {
		TenantId tenant = newTenant();

		assertThatThrownBy(() -> asOperator(() -> clients.register(tenant, "POS", Set.of("orders:write", "platform:admin"))))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("validation"))
			.hasMessageContaining("[platform:admin]");
		assertThat(asOperator(() -> clients.of(tenant))).isEmpty();
	}

	@Test
	void aRegisteredClientIsKnownToTheTokenEndpointWithItsTenantScopesAndSecret() {
		TenantId tenant = newTenant();
		IssuedClient issued = asOperator(() -> clients.register(tenant, "Box office", Set.of("orders:write", "tenant:read")));

		RegisteredClient registered = tokenEndpointClients.findByClientId(issued.client().clientId());

		assertThat(registered.getClientName()).isEqualTo("Box office");
		assertThat(registered.getScopes()).containsExactlyInAnyOrder("orders:write", "tenant:read");
		assertThat(registered.getClientSettings().<String>getSetting("plaza.tenant")).isEqualTo(tenant.toString());
		assertThat(passwords.matches(issued.secret(), registered.getClientSecret())).isTrue();
	}

	@Test
	void aRotatedSecretRetiresTheOldOneAtOnce() {
		TenantId tenant = newTenant();
		IssuedClient first = asOperator(() -> clients.register(tenant, "POS", Set.of("orders:write")));

		IssuedClient rotated = asOperator(() -> clients.rotateSecret(tenant, first.client().clientId()));

		String stored = tokenEndpointClients.findByClientId(first.client().clientId()).getClientSecret();
		assertThat(passwords.matches(rotated.secret(), stored)).isTrue();
		assertThat(passwords.matches(first.secret(), stored)).isFalse();
	}

	@Test
	void aDeletedClientIsForgottenAndTheTokensItWasIssuedStopOpeningTheApi() {
		TenantId tenant = newTenant();
		String clientId = asOperator(() -> clients.register(tenant, "POS", Set.of("orders:write"))).client().clientId();
		String token = accessTokenOf(clientId, tenant);
		assertThat(acceptedTokens.decode(token).getClaimAsString("tenant")).isEqualTo(tenant.toString());

		TenantContext.runAs(TenantId.PLATFORM, () -> clients.delete(tenant, clientId));

		assertThat(tokenEndpointClients.findByClientId(clientId)).isNull();
		assertThatThrownBy(() -> acceptedTokens.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining("revoked");
	}

	/** A new organization, founded as the platform operator does; the tenant is its production one. */
	private TenantId newTenant() {
		OrganizationSlug slug = new OrganizationSlug("org-" + UUID.randomUUID().toString().substring(0, 8));
		return asOperator(() -> organizations.foundOrganization(slug, "Organization")).tenants().getLast().id();
	}

	/** An access token shaped as the token endpoint shapes it for the client, signed with Plaza's active key. */
	private String accessTokenOf(String clientId, TenantId tenant) {
		// A second back, as the token endpoint's clock would have it: the deletion revokes tokens issued up to now.
		Instant issuedAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(authority.issuer())
			.audience(List.of(authority.audience()))
			.subject(clientId)
			.id(UUID.randomUUID().toString())
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(15, ChronoUnit.MINUTES))
			.claim("client_id", clientId)
			.claim("tenant", tenant.toString())
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt").build();
		return signer.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private static <T> T asOperator(Supplier<T> work) {
		return TenantContext.callAs(TenantId.PLATFORM, work);
	}
}
