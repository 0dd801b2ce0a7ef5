package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.support.StaffTokens.Tokens;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * People log in through an app with the authorization code and PKCE: the token names the tenant of
 * the environment they chose and carries only what their roles allow of what the app asked for.
 */
@PlazaTest
class PeopleLoginTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	String admin;

	JsonNode organization;

	@BeforeEach
	void organization() {
		admin = plaza.adminToken();
		organization = plaza.newOrganization(admin);
	}

	@Test
	void theChosenEnvironmentIsTheTokensTenantAndScopesAreTheRolesOfWhatWasAsked() {
		Person analyst = staff.person(organizationId(), Set.of(Role.ANALYST), Set.of(Environment.DEMO, Environment.PRODUCTION));
		String app = staff.firstPartyApp(tenant("demo"), "openid", "email", "orders:read", "orders:write", "ledger:read");

		Tokens tokens = staff.login(analyst, app, Environment.PRODUCTION, "openid", "email", "orders:read", "orders:write");

		JsonNode claims = StaffTokens.claims(tokens.accessToken());
		assertThat(claims.get("sub").asString()).isEqualTo(analyst.id().toString());
		assertThat(claims.get("tenant").asString()).isEqualTo(tenant("production"));
		assertThat(claims.get("client_id").asString()).isEqualTo(app);
		assertThat(scopes(claims)).containsExactlyInAnyOrder("openid", "email", "orders:read");
		assertThat(tokens.refreshToken()).isNotBlank();
		assertThat(StaffTokens.claims(tokens.idToken()).get("email").asString()).isEqualTo(analyst.email());
	}

	private Set<String> scopes(JsonNode claims) {
		return Set.copyOf(claims.get("scope").valueStream().map(JsonNode::asString).toList());
	}

	private String organizationId() {
		return organization.get("id").asString();
	}

	private String tenant(String environment) {
		for (JsonNode tenant : organization.get("tenants")) {
			if (tenant.get("environment").asString().equals(environment)) {
				return tenant.get("id").asString();
			}
		}
		throw new IllegalStateException("No " + environment + " tenant in " + organization);
	}

	Response get(String path, String token) {
		return plaza.get(path, token);
	}

	static Map<String, String> none() {
		return Map.of();
	}
}
