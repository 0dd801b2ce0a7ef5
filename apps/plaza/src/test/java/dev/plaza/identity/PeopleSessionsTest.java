package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
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
 * What a person is logged in with ends when it should: each refresh token works once, and one used
 * again ends its whole session; logging out, revoking a session and being suspended stop the
 * refresh token and the access tokens at once.
 */
@PlazaTest
class PeopleSessionsTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Autowired
	GreenMail smtp;

	String admin;

	String organization;

	String tenant;

	String app;

	Person person;

	String environment;

	@BeforeEach
	void loggedIn() {
		admin = plaza.adminToken();
		JsonNode created = plaza.newOrganization(admin);
		organization = created.get("id").asString();
		tenant = created.get("tenants").get(0).get("id").asString();
		app = staff.firstPartyApp(tenant, "openid", "tenant:read", "offline_access");
		environment = created.get("tenants").get(0).get("environment").asString();
		person = staff.person(organization, Set.of(Role.ANALYST), Set.of(Environment.fromCode(environment)));
	}

	@Test
	void eachRefreshAnswersANewRefreshTokenAndOneUsedAgainEndsTheSession() {
		Tokens first = login();
		Response rotated = staff.refresh(app, first.refreshToken());
		assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
		Tokens second = StaffTokens.tokens(rotated.json());
		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(works(second.accessToken())).isTrue();

		Response reused = staff.refresh(app, first.refreshToken());

		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().get("error").asString()).isEqualTo("invalid_grant");
		assertThat(staff.refresh(app, second.refreshToken()).status()).as("the thief's rotated token is dead too")
			.isEqualTo(400);
		assertThat(works(second.accessToken())).isFalse();
		assertThat(works(first.accessToken())).isFalse();
	}

	@Test
	void aPersonSeesTheirSessionsAndEndsOne() {
		Tokens phone = login();
		Tokens laptop = login();

		Response listed = plaza.get("/api/v1/me/sessions", laptop.accessToken());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(2);
		String laptopSession = StaffTokens.claims(laptop.accessToken()).get("sid").asString();
		String phoneSession = StaffTokens.claims(phone.accessToken()).get("sid").asString();
		for (JsonNode session : listed.json()) {
			assertThat(session.get("clientName").asString()).isEqualTo("Test app");
			assertThat(session.get("current").asBoolean()).isEqualTo(session.get("id").asString().equals(laptopSession));
		}

		Response ended = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/me/sessions/" + phoneSession))
			.header("Authorization", "Bearer " + laptop.accessToken())
			.DELETE());

		assertThat(ended.status()).isEqualTo(204);
		assertThat(works(phone.accessToken())).isFalse();
		assertThat(staff.refresh(app, phone.refreshToken()).status()).isEqualTo(400);
		assertThat(works(laptop.accessToken())).isTrue();
		assertThat(plaza.get("/api/v1/me/sessions", laptop.accessToken()).json().size()).isEqualTo(1);
	}

	@Test
	void aPersonCannotEndAnotherPersonsSession() {
		Tokens theirs = login();
		Person colleague = staff.person(organization, Set.of(Role.ANALYST), Set.of(Environment.fromCode(environment)));
		Tokens mine = staff.login(colleague, app, null, "openid", "tenant:read");

		Response refused = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/me/sessions/"
				+ StaffTokens.claims(theirs.accessToken()).get("sid").asString()))
			.header("Authorization", "Bearer " + mine.accessToken())
			.DELETE());

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("not-found");
		assertThat(works(theirs.accessToken())).isTrue();
	}

	@Test
	void aClientsTokenHasNoSessions() {
		String client = plaza.tenantCaller(admin, tenant, "tenant:read").token();

		Response refused = plaza.get("/api/v1/me/sessions", client);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void loggingOutEndsTheBrowserSessionTheRefreshTokenAndTheAccessTokens() {
		StaffTokens.Browser browser = staff.browser();
		StaffTokens.Authorization authorization = browser.authorize(app, "openid", "tenant:read");
		Tokens tokens = browser.exchange(authorization,
				browser.get(browser.logIn(person.email(), StaffTokens.PASSWORD).header("Location")).header("Location"));

		Response logout = browser.get("/connect/logout?id_token_hint=" + tokens.idToken() + "&post_logout_redirect_uri="
				+ StaffTokens.REDIRECT_URI + "/logged-out&state=bye");

		assertThat(logout.status()).as(logout.text()).isEqualTo(302);
		assertThat(logout.header("Location")).isEqualTo(StaffTokens.REDIRECT_URI + "/logged-out?state=bye");
		assertThat(staff.refresh(app, tokens.refreshToken()).status()).isEqualTo(400);
		assertThat(works(tokens.accessToken())).isFalse();
		browser.authorize(app, "openid");
	}

	@Test
	void aSuspendedPersonsRefreshFailsTheirAccessTokenIsRefusedWithinSecondsAndTheirBrowserIsLoggedOut() {
		StaffTokens.Browser browser = staff.browser();
		StaffTokens.Authorization authorization = browser.authorize(app, "openid", "tenant:read");
		Tokens tokens = browser.exchange(authorization,
				browser.get(browser.logIn(person.email(), StaffTokens.PASSWORD).header("Location")).header("Location"));
		assertThat(works(tokens.accessToken())).isTrue();

		assertThat(patch(person, "{\"status\":\"suspended\"}").status()).isEqualTo(200);

		assertThat(staff.refresh(app, tokens.refreshToken()).status()).isEqualTo(400);
		await().atMost(Duration.ofSeconds(5)).until(() -> !works(tokens.accessToken()));
		browser.authorize(app, "openid");
	}

	@Test
	void aPasswordResetLogsThePersonOutEverywhere() {
		Tokens tokens = staff.login(person, app, null, "openid", "tenant:read", "offline_access");
		assertThat(works(tokens.accessToken())).isTrue();
		AccountBrowser account = new AccountBrowser(plaza.uri("/"));

		account.submit(account.get("/account/password-reset"), Map.of("email", person.email()));
		AccountBrowser.Page form = account.get(StaffMail.awaitLink(smtp, person.email(), "/account/reset", 1).pathAndQuery());
		AccountBrowser.Page done = account.submit(form, Map.of("password", "a brand new passphrase", "passwordConfirmation",
				"a brand new passphrase"));

		assertThat(done.status()).isEqualTo(200);
		assertThat(staff.refresh(app, tokens.refreshToken()).status()).isEqualTo(400);
		await().atMost(Duration.ofSeconds(5)).until(() -> !works(tokens.accessToken()));
	}

	@Test
	void aRoleTakenAwayNarrowsTheNextRefresh() {
		String orders = staff.firstPartyApp(tenant, "openid", "tenant:read", "orders:write");
		Person operator = staff.person(organization, Set.of(Role.OPERATOR), Set.of(Environment.fromCode(environment)));
		Tokens tokens = staff.login(operator, orders, null, "openid", "tenant:read", "orders:write");
		assertThat(StaffTokens.claims(tokens.accessToken()).get("scope").toString()).contains("orders:write");

		assertThat(patch(operator, "{\"roles\":[\"analyst\"]}").status()).isEqualTo(200);
		Response refreshed = staff.refresh(orders, tokens.refreshToken());

		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
		JsonNode scopes = StaffTokens.claims(refreshed.json().get("access_token").asString()).get("scope");
		assertThat(scopes.valueStream().map(JsonNode::asString)).contains("tenant:read").doesNotContain("orders:write");
	}

	private Response patch(Person someone, String changes) {
		return plaza.send(HttpRequest.newBuilder(
				plaza.uri("/api/v1/organizations/" + organization + "/users/" + someone.id()))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/merge-patch+json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(changes)));
	}

	private Tokens login() {
		return staff.login(person, app, null, "openid", "tenant:read", "offline_access");
	}

	private boolean works(String accessToken) {
		return plaza.get("/api/v1/tenant", accessToken).status() == 200;
	}
}
