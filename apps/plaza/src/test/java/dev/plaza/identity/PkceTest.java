package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Authorization;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A public client proves it is the one that started the login (PKCE, S256 only), and people are
 * sent back only to the exact URIs it registered.
 */
@PlazaTest
class PkceTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	String tenant;

	String app;

	Person person;

	@BeforeEach
	void app() {
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		tenant = organization.get("tenants").get(0).get("id").asString();
		app = staff.firstPartyApp(tenant, "openid", "tenant:read");
		person = staff.person(organization.get("id").asString(), Set.of(Role.ANALYST),
				Set.of(Environment.fromCode(organization.get("tenants").get(0).get("environment").asString())));
	}

	@Test
	void anAuthorizationRequestWithoutChallengeOrWithAPlainOneIsSentBackRefused() {
		StaffTokens.Browser browser = staff.browser();
		Authorization authorization = new Authorization(app, "state-1", "verifier-that-is-long-enough-0123456789abcdef");

		Response none = browser.get(browser.authorizeUrl(authorization, Map.of(), "openid"));
		Response plain = browser.get(browser.authorizeUrl(authorization,
				Map.of("code_challenge", authorization.verifier(), "code_challenge_method", "plain"), "openid"));

		for (Response refused : new Response[] { none, plain }) {
			assertThat(refused.status()).isEqualTo(302);
			assertThat(refused.header("Location")).startsWith(StaffTokens.REDIRECT_URI + "?error=invalid_request")
				.contains("code_challenge").doesNotContain("code=");
		}
	}

	@Test
	void theCodeIsExchangedOnlyWithItsVerifier() {
		StaffTokens.Browser browser = staff.browser();
		Authorization authorization = browser.authorize(app, "openid", "tenant:read");
		String code = StaffTokens.query(URI.create(browser.get(
				browser.logIn(person.email(), StaffTokens.PASSWORD).header("Location")).header("Location")).getRawQuery())
			.get("code").get(0);

		Response withoutVerifier = staff.tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", StaffTokens.REDIRECT_URI, "client_id", app));
		Response wrongVerifier = staff.tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", StaffTokens.REDIRECT_URI, "client_id", app, "code_verifier",
				"another-verifier-that-is-long-enough-0123456789"));

		assertThat(withoutVerifier.status()).isEqualTo(401);
		assertThat(wrongVerifier.status()).isEqualTo(400);
		assertThat(wrongVerifier.json().get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void aRedirectUriNotRegisteredExactlyIsRefusedWithoutGoingThere() {
		StaffTokens.Browser browser = staff.browser();
		Authorization authorization = new Authorization(app, "state-2", "verifier-that-is-long-enough-0123456789abcdef");
		String url = browser.authorizeUrl(authorization, Map.of("code_challenge", StaffTokens.challenge(authorization.verifier()),
				"code_challenge_method", "S256"), "openid");

		for (String elsewhere : new String[] { StaffTokens.REDIRECT_URI + "/deeper", StaffTokens.REDIRECT_URI + "?next=x",
				"https://evil.example/callback" }) {
			Response refused = browser.get(url.replace(URLEncoder.encode(StaffTokens.REDIRECT_URI,
					StandardCharsets.UTF_8), URLEncoder.encode(elsewhere,
							StandardCharsets.UTF_8)));
			assertThat(refused.status()).as(elsewhere).isEqualTo(400);
			assertThat(refused.header("Location")).as(elsewhere).isNull();
		}
	}
}
