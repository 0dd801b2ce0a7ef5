package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plaza.identity.application.StaffLoginAttempted;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
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

	@Autowired
	RecordedEvents events;

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
		assertThat(events.loginAttempts()).anySatisfy(attempt -> {
			assertThat(attempt.memberId()).isEqualTo(analyst.id());
			assertThat(attempt.organization().toString()).isEqualTo(organizationId());
			assertThat(attempt.outcome()).isEqualTo(StaffLoginAttempted.Outcome.LOGGED_IN);
		});
		assertThat(claims.get("tenant").asString()).isEqualTo(tenant("production"));
		assertThat(claims.get("client_id").asString()).isEqualTo(app);
		assertThat(scopes(claims)).containsExactlyInAnyOrder("openid", "email", "orders:read");
		assertThat(tokens.refreshToken()).isNotBlank();
		assertThat(StaffTokens.claims(tokens.idToken()).get("email").asString()).isEqualTo(analyst.email());
	}

	@Test
	void aPersonWithOneEnvironmentIsNotAskedWhichAndAThirdPartyAppAsksForConsentInWords() {
		Person operator = staff.person(organizationId(), Set.of(Role.OPERATOR), Set.of(Environment.STAGING));
		String app = staff.publicClient(tenant("staging"), admin, null, "openid", "orders:write", "users:write");
		StaffTokens.Browser browser = staff.browser();
		browser.authorize(app, "openid", "orders:write", "users:write");

		String afterPassword = browser.logIn(operator.email(), StaffTokens.PASSWORD).header("Location");
		assertThat(afterPassword).contains("/oauth2/authorize");
		String consentPage = browser.get(afterPassword).header("Location");
		assertThat(consentPage).contains("/login/consent");
		Response consent = browser.get(consentPage);

		assertThat(consent.text()).contains("Allow Test app to use your account?").contains("Create and change orders")
			.doesNotContain("Invite, change and remove");
		assertThat(consent.header("Content-Security-Policy")).contains("default-src 'none'");

		URI page = URI.create(consentPage);
		Map<String, List<String>> asked = StaffTokens.query(page.getRawQuery());
		Response denied = browser.post("/oauth2/authorize", Map.of("client_id", app, "state", asked.get("state").get(0)));
		assertThat(denied.header("Location")).startsWith(StaffTokens.REDIRECT_URI + "?error=access_denied");
	}

	@Test
	void wrongPasswordAndUnknownEmailReadTheSameAndALockSaysUntilWhen() {
		Person person = staff.person(organizationId(), Set.of(Role.ANALYST), Set.of(Environment.DEMO));
		StaffTokens.Browser browser = staff.browser();

		Response wrongPassword = browser.logIn(person.email(), "not the password at all");
		Response unknown = browser.logIn("nobody-" + person.id() + "@example.com", StaffTokens.PASSWORD);

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(summary(wrongPassword)).isEqualTo(summary(unknown))
			.contains("The e-mail address or the password is not right");
		assertThat(wrongPassword.text()).contains("<html lang=\"en\"").contains("<label for=\"username\">")
			.contains("href=\"#username\"").contains("aria-invalid=\"true\"");
		Response locked = wrongPassword;
		for (int attempt = 0; attempt < 6 && !locked.text().contains("locked"); attempt++) {
			locked = browser.logIn(person.email(), "not the password at all");
		}
		assertThat(events.loginAttempts()).filteredOn(attempt -> attempt.email().equals(person.email()))
			.first()
			.satisfies(attempt -> {
				assertThat(attempt.outcome()).isEqualTo(StaffLoginAttempted.Outcome.BAD_CREDENTIALS);
				assertThat(attempt.memberId()).isNull();
				assertThat(attempt.address()).isEqualTo("127.0.0.1");
			});
		assertThat(summary(locked)).containsPattern("locked until \\d+ \\w+ \\d{4}, \\d{2}:\\d{2} UTC");
	}

	@Test
	void aPersonWithASecondFactorGivesTheCurrentCodeBeforeTheAppGetsACode() {
		Person owner = staff.personWithSecondFactor(organizationId(), Set.of(Role.OWNER), Set.of(Environment.DEMO));
		String app = staff.firstPartyApp(tenant("demo"), "openid", "tenant:read");
		StaffTokens.Browser browser = staff.browser();
		browser.authorize(app, "openid", "tenant:read");

		assertThat(browser.logIn(owner.email(), StaffTokens.PASSWORD).header("Location")).endsWith("/login/second-factor");
		browser.get("/login/second-factor");
		Response wrong = browser.post("/login/second-factor", Map.of("code", "000000", "_csrf", browser.csrf()));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(summary(wrong)).contains("href=\"#code\"").contains("not the one your authenticator app shows");
		assertThat(browser.get("/login/signed-in").status()).isEqualTo(200);
		assertThat(browser.get(staff.browser().authorizeUrl(new StaffTokens.Authorization(app, "s", "v"), Map.of(
				"code_challenge", StaffTokens.challenge("v".repeat(43)), "code_challenge_method", "S256"), "openid"))
			.header("Location")).as("no login yet while the code is due").endsWith("/login");

		Response right = browser.post("/login/second-factor", Map.of("code", StaffTokens.totpNow(owner), "_csrf",
				browser.csrf()));

		assertThat(right.header("Location")).contains("/oauth2/authorize");
		assertThat(events.loginAttempts()).filteredOn(attempt -> owner.id().equals(attempt.memberId()))
			.extracting(StaffLoginAttempted::outcome)
			.containsExactly(StaffLoginAttempted.Outcome.SECOND_FACTOR_REFUSED, StaffLoginAttempted.Outcome.LOGGED_IN);
	}

	@Test
	void anotherOrganizationsAppDoesNotServeThisOrganizationsPeople() {
		JsonNode other = plaza.newOrganization(admin);
		String theirApp = staff.publicClient(other.get("tenants").get(0).get("id").asString(), admin, null, "openid",
				"tenant:read");
		Person ours = staff.person(organizationId(), Set.of(Role.ANALYST), Set.of(Environment.DEMO));

		assertThatThrownBy(() -> staff.login(ours, theirApp, Environment.DEMO, "openid", "tenant:read"))
			.hasMessageContaining("The code exchange failed: 400").hasMessageContaining("access_denied");
	}

	@Test
	void theSessionCookieIsHttpOnlySecureAndSameSiteLax() {
		Response page = staff.browser().get("/login");

		assertThat(page.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("PLAZA_SESSION=").contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
	}

	@Test
	void anAnalystsTokenReadsButIsRefusedWritesAndUserinfoAnswersItsClaims() {
		Person analyst = staff.person(organizationId(), Set.of(Role.ANALYST), Set.of(Environment.DEMO));
		String app = staff.firstPartyApp(tenant("demo"), "openid", "profile", "email", "tenant:read", "clients:write");
		Tokens tokens = staff.login(analyst, app, Environment.DEMO, "openid", "profile", "email", "tenant:read",
				"clients:write");

		assertThat(get("/api/v1/tenants/" + tenant("demo") + "/clients", tokens.accessToken()).status()).isEqualTo(200);
		Response write = plaza.postJson("/api/v1/tenants/" + tenant("demo") + "/clients", tokens.accessToken(),
				"{\"name\":\"Sneaky\",\"scopes\":[\"tenant:read\"]}");
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.header("Content-Type")).startsWith("application/problem+json");
		Response userinfo = plaza.get("/userinfo", tokens.accessToken());
		assertThat(userinfo.status()).isEqualTo(200);
		assertThat(userinfo.json().get("email").asString()).isEqualTo(analyst.email());
		assertThat(userinfo.json().get("name").asString()).isEqualTo("Person " + analyst.email());
	}

	private static String summary(Response page) {
		int start = page.text().indexOf("id=\"error-summary\"");
		return start < 0 ? "" : page.text().substring(start, page.text().indexOf("</div>", start));
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
}
