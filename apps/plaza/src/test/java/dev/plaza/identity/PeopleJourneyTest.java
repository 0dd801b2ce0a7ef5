package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 as its people live it: the platform invites an organization's owner; the owner logs in through
 * the organization's app and invites an analyst and an operator; each activates the account from the
 * e-mailed link and logs in with PKCE; each token carries only its role's scopes, the analyst's write is
 * refused, the operator's goes through; and the owner's audit log shows all of it — invitations, logins, a
 * failed login, the refusal and the write — and verifies.
 */
@PlazaTest
class PeopleJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Autowired
	GreenMail smtp;

	@Test
	void anOwnerInvitesAnAnalystAndAnOperatorWhoGetOnlyTheirRolesAndTheAuditShowsItAll() {
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		String org = organization.get("id").asString();
		String demo = organization.get("tenants").get(0).get("id").asString();
		String[] scopes = { "openid", "email", "tenant:read", "catalog:write", "users:write", "users:read", "audit:read" };
		String app = staff.firstPartyApp(demo, scopes);

		Person owner = invitedAndActivated(admin, org, "owner");
		String ownerToken = staff.login(owner, app, Environment.DEMO, scopes).accessToken();
		Person analyst = invitedAndActivated(ownerToken, org, "analyst");
		Person operator = invitedAndActivated(ownerToken, org, "operator");
		String analystToken = staff.login(analyst, app, Environment.DEMO, scopes).accessToken();
		String operatorToken = staff.login(operator, app, Environment.DEMO, scopes).accessToken();
		staff.browser().logIn(analyst.email(), "not the analyst's password");
		assertThat(plaza.get("/api/v1/organizations/" + org + "/users", analystToken).status()).isEqualTo(200);

		assertThat(scopes(ownerToken)).contains("users:write", "audit:read", "catalog:write");
		assertThat(scopes(analystToken)).contains("tenant:read", "audit:read").doesNotContain("catalog:write", "users:write");
		assertThat(scopes(operatorToken)).contains("catalog:write").doesNotContain("users:write");
		assertThat(StaffTokens.claims(analystToken).get("tenant").asString()).isEqualTo(demo);
		String city = "{\"name\": \"Lisboa " + UUID.randomUUID().toString().substring(0, 6)
				+ "\", \"country\": \"PT\", \"timeZone\": \"Europe/Lisbon\"}";
		Response refused = plaza.postJson("/api/v1/catalog/cities", analystToken, city);
		Response written = plaza.postJson("/api/v1/catalog/cities", operatorToken, city);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("insufficient-scope");
		assertThat(written.status()).as(written.text()).isEqualTo(201);

		JsonNode entries = plaza.get("/api/v1/audit?limit=200", ownerToken).json().get("items");
		assertThat(actions(entries, owner)).contains("login", "api.post /api/v1/organizations/{orgId}/users 201");
		assertThat(actions(entries, analyst)).contains("login", "login.failed", "api.post /api/v1/catalog/cities 403")
			.anyMatch(action -> action.startsWith("personal-data.read /api/v1/organizations/{orgId}/users"));
		assertThat(actions(entries, operator)).contains("login", "api.post /api/v1/catalog/cities 201");
		JsonNode verification = plaza.get("/api/v1/audit/verification", ownerToken).json();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(entries.size());
		assertThat(plaza.get("/api/v1/audit", analystToken).status()).as("analysts read the audit log").isEqualTo(200);
		assertThat(plaza.get("/api/v1/audit", operatorToken).status()).as("operators do not").isEqualTo(403);
	}

	/** Invited with the role by the caller, the person sets the password on the page the e-mail links to. */
	private Person invitedAndActivated(String caller, String org, String role) {
		String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@people.example";
		Response invited = plaza.postJson("/api/v1/organizations/" + org + "/users", caller, """
				{"email": "%s", "name": "A %s", "roles": ["%s"], "environments": ["demo"]}""".formatted(email, role, role));
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		assertThat(invited.json().get("status").asString()).isEqualTo("invited");
		AccountBrowser browser = new AccountBrowser(plaza.uri("/"));
		AccountBrowser.Page page = browser.get(StaffMail.awaitLink(smtp, email, "/account/activate", 1).pathAndQuery());
		AccountBrowser.Page done = browser.submit(page, Map.of("password", StaffTokens.PASSWORD, "passwordConfirmation",
				StaffTokens.PASSWORD));
		assertThat(done.status()).isEqualTo(200);
		return new Person(UUID.fromString(invited.json().get("id").asString()), email, org, null);
	}

	private static List<String> scopes(String token) {
		return StaffTokens.claims(token).get("scope").valueStream().map(JsonNode::asString).toList();
	}

	/** What the person did, as the audit log tells it: the action, and for API calls the path and the status. */
	private static List<String> actions(JsonNode entries, Person person) {
		return entries.valueStream()
			.filter(entry -> person.id().toString().equals(entry.path("actorId").asString(null)))
			.map(entry -> !entry.path("method").isString() ? entry.get("action").asString()
					: entry.get("action").asString() + " " + entry.get("pathTemplate").asString() + " "
							+ entry.get("status").asInt())
			.toList();
	}
}
