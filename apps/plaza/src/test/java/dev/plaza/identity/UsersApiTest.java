package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.StaffAccessEnded;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * An organization's people over the API: invited by the operator, owners and admins, listed a page at
 * a time, changed, suspended and deleted; only owners make owners, an organization keeps an active
 * owner, and other organizations' callers find nothing.
 */
@PlazaTest
class UsersApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Autowired
	AccountLinks links;

	@Autowired
	StaffLogin login;

	@Autowired
	RecordedEvents events;

	@Autowired
	JwtEncoder signer;

	@Autowired
	TokenAuthority authority;

	Staff staff;

	@BeforeEach
	void anOrganization() {
		staff = new Staff(plaza, smtp, links, signer, authority);
	}

	@Test
	void theOperatorInvitesAPersonWhoIsEmailedAOneTimeLink() {
		Response invited = staff.invite(staff.admin, "ana", "owner", "analyst");

		assertThat(invited.status()).isEqualTo(201);
		JsonNode person = invited.json();
		assertThat(invited.header("Location")).isEqualTo(staff.users() + "/" + person.get("id").asString());
		assertThat(person.get("email").asString()).isEqualTo(staff.email("ana"));
		assertThat(person.get("name").asString()).isEqualTo("Person ana");
		assertThat(person.get("roles")).extracting(JsonNode::asString).containsExactly("owner", "analyst");
		assertThat(person.get("environments")).extracting(JsonNode::asString).containsExactly("demo", "production");
		assertThat(person.get("status").asString()).isEqualTo("invited");
		assertThat(invited.text()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("token")
			.doesNotContainIgnoringCase("secret");

		StaffMail.Link link = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);
		assertThat(link.token()).hasSizeGreaterThan(40);
		assertThat(plaza.get(staff.users() + "/" + person.get("id").asString(), staff.admin).json().get("status").asString())
			.isEqualTo("invited");
	}

	@Test
	void unknownRolesAndEnvironmentsEmptyListsAndABadAddressAreRefusedByField() {
		Response refused = plaza.postJson(staff.users(), staff.admin, """
				{"email": "not-an-address", "name": "Ana", "roles": ["owner", "janitor"], "environments": []}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asString())
			.containsExactlyInAnyOrder("email", "roles", "environments");
		assertThat(refused.json().get("detail").asString()).contains("[janitor]").contains("owner, admin, operator, analyst, support");
	}

	@Test
	void anAddressSomeoneHasIsAConflictNamingTheField() {
		assertThat(staff.invite(staff.admin, "ana", "analyst").status()).isEqualTo(201);

		Response again = plaza.postJson(staff.users(), staff.admin, """
				{"email": "%s", "name": "Ana again", "roles": ["analyst"], "environments": ["demo"]}"""
			.formatted(staff.email("ana").toUpperCase()));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("email-taken");
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
	}

	@Test
	void anAdminMayInviteButNotGrantOwnerWhichAnOwnerMay() {
		String owner = staff.tokenOf(staff.active("olga", "owner"), Role.OWNER);
		String admin = staff.tokenOf(staff.active("adam", "admin"), Role.ADMIN);

		assertThat(staff.invite(admin, "op", "operator").status()).isEqualTo(201);
		Response refused = staff.invite(admin, "co-owner", "owner");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("owner-only");
		assertThat(refused.json().get("detail").asString()).contains("Only an owner");

		assertThat(staff.invite(owner, "co-owner", "owner").status()).isEqualTo(201);
	}

	@Test
	void anAnalystReadsPeopleButChangesNothing() {
		String analystId = staff.active("ann", "analyst");
		String analyst = staff.tokenOf(analystId, Role.ANALYST);

		assertThat(plaza.get(staff.users(), analyst).status()).isEqualTo(200);
		Response refused = staff.invite(analyst, "someone", "operator");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(patch(analystId, analyst, "{\"name\": \"Me\"}").status()).isEqualTo(403);
	}

	@Test
	void anotherOrganizationsCallerFindsNoSuchOrganization() {
		String otherAdmin = plaza.adminToken();
		String otherTenant = plaza.newOrganization(otherAdmin).get("tenants").get(0).get("id").asString();
		String stranger = plaza.tenantCaller(otherAdmin, otherTenant, "users:read", "users:write").token();
		String personId = staff.invite(staff.admin, "ana", "analyst").json().get("id").asString();

		Response list = plaza.get(staff.users(), stranger);
		assertThat(list.status()).isEqualTo(404);
		assertThat(list.problemType()).isEqualTo("not-found");
		assertThat(list.json().get("detail").asString()).contains(staff.orgId);
		assertThat(plaza.get(staff.users() + "/" + personId, stranger).status()).isEqualTo(404);
		assertThat(staff.invite(stranger, "intruder", "owner").status()).isEqualTo(404);
	}

	@Test
	void peopleAreListedNewestFirstAPageAtATime() {
		List<String> invited = new ArrayList<>();
		for (String name : List.of("p1", "p2", "p3")) {
			invited.add(staff.invite(staff.admin, name, "support").json().get("id").asString());
		}

		Response first = plaza.get(staff.users() + "?limit=2", staff.admin);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("items")).extracting(item -> item.get("id").asString())
			.containsExactly(invited.get(2), invited.get(1));
		Response second = plaza.get(staff.users() + "?limit=2&cursor=" + first.json().get("nextCursor").asString(), staff.admin);
		assertThat(second.json().get("items")).extracting(item -> item.get("id").asString()).containsExactly(invited.get(0));
		assertThat(second.json().has("nextCursor")).isFalse();

		Response badCursor = plaza.get(staff.users() + "?cursor=***", staff.admin);
		assertThat(badCursor.status()).isEqualTo(400);
		assertThat(badCursor.problemType()).isEqualTo("invalid-parameter");
	}

	@Test
	void aPersonIsRenamedGivenOtherRolesAndSuspendedWhichEndsTheirAccess() {
		staff.active("olga", "owner");
		String id = staff.active("sam", "support");

		Response changed = patch(id, staff.admin, """
				{"name": "Sam Smith", "roles": ["operator", "analyst"]}""");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo("Sam Smith");
		assertThat(changed.json().get("roles")).extracting(JsonNode::asString).containsExactly("operator", "analyst");
		assertThat(changed.json().get("environments")).extracting(JsonNode::asString).containsExactly("demo", "production");
		assertThat(login.active(UUID.fromString(id))).isPresent();

		Response suspended = patch(id, staff.admin, "{\"status\": \"suspended\"}");
		assertThat(suspended.json().get("status").asString()).isEqualTo("suspended");
		assertThat(login.active(UUID.fromString(id))).isEmpty();
		await().until(events::staffEvents, seen -> seen.contains(new StaffAccessEnded(UUID.fromString(id))));

		assertThat(patch(id, staff.admin, "{\"status\": \"active\"}").json().get("status").asString()).isEqualTo("active");
		assertThat(login.active(UUID.fromString(id))).isPresent();
	}

	@Test
	void aChangeWithAnUnknownFieldOrStatusIsRefused() {
		String id = staff.invite(staff.admin, "ana", "analyst").json().get("id").asString();

		Response unknown = patch(id, staff.admin, "{\"password\": \"x\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.problemType()).isEqualTo("unknown-field");
		Response status = patch(id, staff.admin, "{\"status\": \"deleted\"}");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void theOnlyActiveOwnerCannotBeSuspendedDemotedOrDeleted() {
		String owner = staff.active("olga", "owner");

		for (Response refused : List.of(patch(owner, staff.admin, "{\"status\": \"suspended\"}"),
				patch(owner, staff.admin, "{\"roles\": [\"admin\"]}"), delete(owner, staff.admin))) {
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.problemType()).isEqualTo("last-owner");
		}

		staff.active("otto", "owner");
		assertThat(delete(owner, staff.admin).status()).isEqualTo(204);
	}

	@Test
	void aDeletedPersonIsGoneCannotLogInAndTheirAddressMayBeInvitedAgain() {
		String id = staff.active("dan", "operator");

		assertThat(delete(id, staff.admin).status()).isEqualTo(204);

		await().until(events::staffEvents, seen -> seen.contains(new StaffAccessEnded(UUID.fromString(id))));
		Response gone = plaza.get(staff.users() + "/" + id, staff.admin);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.problemType()).isEqualTo("not-found");
		assertThat(login.active(UUID.fromString(id))).isEmpty();
		assertThat(staff.invite(staff.admin, "dan", "operator").status()).isEqualTo(201);
	}

	@Test
	void onlyOwnersRequireASecondFactorAndOnlyForOwnersAndAdmins() {
		String owner = staff.tokenOf(staff.active("olga", "owner"), Role.OWNER);
		String admin = staff.tokenOf(staff.active("adam", "admin"), Role.ADMIN);
		String security = "/api/v1/organizations/" + staff.orgId + "/security";

		Response byAdmin = put(security, admin, "{\"secondFactorRequiredFor\": [\"owner\", \"admin\"]}");
		assertThat(byAdmin.status()).isEqualTo(403);
		assertThat(byAdmin.problemType()).isEqualTo("owner-only");
		Response analysts = put(security, owner, "{\"secondFactorRequiredFor\": [\"analyst\"]}");
		assertThat(analysts.status()).isEqualTo(400);
		assertThat(analysts.json().get("errors").get(0).get("field").asString()).isEqualTo("secondFactorRequiredFor");

		Response required = put(security, owner, "{\"secondFactorRequiredFor\": [\"owner\", \"admin\"]}");
		assertThat(required.status()).isEqualTo(200);
		assertThat(plaza.get(security, admin).json().get("secondFactorRequiredFor")).extracting(JsonNode::asString)
			.containsExactly("owner", "admin");
	}

	private Response patch(String id, String token, String body) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(staff.users() + "/" + id))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/merge-patch+json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response put(String path, String token, String body) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response delete(String id, String token) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(staff.users() + "/" + id))
			.header("Authorization", "Bearer " + token)
			.DELETE());
	}
}
