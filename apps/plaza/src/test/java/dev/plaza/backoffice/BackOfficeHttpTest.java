package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The back office over HTTP, on the main port when no admin port is set: a stranger is sent to log
 * in through Plaza's authorization server with PKCE, every page forbids foreign script, style,
 * framing and caching, and a form posted without its CSRF token is refused.
 */
@PlazaTest
class BackOfficeHttpTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aStrangerIsSentToLogInThroughPlazaWithPkce() {
		PlazaClient pages = PlazaClient.unchecked(plaza.uri(""));
		Response home = pages.send(HttpRequest.newBuilder(plaza.uri("/admin")).header("Accept", "text/html").GET());
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/admin/login/plaza");

		String session = home.raw().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Response start = pages.send(HttpRequest.newBuilder(plaza.uri("/admin/login/plaza")).header("Cookie", session).GET());
		assertThat(start.status()).isEqualTo(302);
		assertThat(start.header("Location")).startsWith(plaza.uri("/oauth2/authorize").toString())
			.contains("client_id=plaza-backoffice")
			.contains("code_challenge_method=S256")
			.contains("code_challenge=")
			.contains("redirect_uri=")
			.contains("/admin/login/code/plaza");
	}

	@Test
	void pagesAnswerAStrictContentSecurityPolicyAndAreNotCached() {
		Response page = PlazaClient.unchecked(plaza.uri("")).get("/admin/signed-out", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).startsWith(
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		Response forged = PlazaClient.unchecked(plaza.uri("")).post("/admin/users", null,
				"application/x-www-form-urlencoded", "email=mallory%40example.com&name=Mallory&role=owner");
		assertThat(forged.status()).isEqualTo(403);
	}

	/** The API clients page acts with the owner's token: a tenant's clients:write rotates and deletes its own clients, not another's. */
	@Test
	void aTenantsOwnerRotatesAndDeletesTheirOwnClientsOnly() {
		String admin = plaza.adminToken();
		String tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String other = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		PlazaClient.TenantCaller owner = plaza.tenantCaller(admin, tenant, "clients:write", "tenant:read");
		String clients = "/api/v1/tenants/" + tenant + "/clients";
		String partner = plaza.postJson(clients, owner.token(), "{\"name\":\"Partner\",\"scopes\":[\"tenant:read\"]}")
			.json().get("clientId").asString();
		String foreign = plaza.postJson("/api/v1/tenants/" + other + "/clients", admin,
				"{\"name\":\"Foreign\",\"scopes\":[\"tenant:read\"]}").json().get("clientId").asString();

		Response rotated = plaza.post(clients + "/" + partner + "/secret", owner.token(), null, "");
		assertThat(rotated.status()).as(rotated::text).isEqualTo(200);
		assertThat(rotated.json().get("clientSecret").asString()).isNotBlank();
		assertThat(plaza.post("/api/v1/tenants/" + other + "/clients/" + foreign + "/secret", owner.token(), null, "")
			.status()).isEqualTo(404);
		assertThat(plaza.send(java.net.http.HttpRequest.newBuilder(plaza.uri(clients + "/" + partner))
			.header("Authorization", "Bearer " + owner.token()).DELETE()).status()).isEqualTo(204);
	}
}
