package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The platform operator maps white-label domains to tenants; a visitor without a token then reaches
 * the tenant's public endpoints through its domain, and nothing else.
 */
@PlazaTest
class StorefrontDomainsTest {

	@Autowired
	PlazaClient plaza;

	String admin;

	JsonNode acme;

	TenantCaller acmeCaller;

	String acmeDomain;

	@BeforeEach
	void anOrganizationWithADomain() {
		admin = plaza.adminToken();
		acme = plaza.newOrganization(admin);
		acmeCaller = plaza.tenantCaller(admin, demoTenant(acme), "tenant:read");
		acmeDomain = "tickets-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost";
		assertThat(map(demoTenant(acme), acmeDomain, admin).status()).isEqualTo(201);
	}

	@Test
	void aVisitorAtTheTenantsDomainReachesItsStorefront() {
		Response storefront = plaza.getAt(acmeDomain + ":8080", "/api/v1/storefront", null);

		assertThat(storefront.status()).as(storefront.text()).isEqualTo(200);
		assertThat(storefront.json().get("organization").asString()).isEqualTo(acme.get("slug").asString());
		assertThat(storefront.json().get("environment").asString()).isEqualTo("demo");
		assertThat(storefront.header("Cache-Control")).contains("public");
		assertThat(plaza.getAt(acmeDomain.toUpperCase(), "/api/v1/storefront", null).status())
			.as("host names are case-insensitive")
			.isEqualTo(200);
	}

	@Test
	void aHostThatServesNoStorefrontIsNotFound() {
		Response unknown = plaza.getAt("nobody-" + UUID.randomUUID() + ".localhost", "/api/v1/storefront", null);
		Response ip = plaza.getAt("127.0.0.1", "/api/v1/storefront", null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("unknown-storefront");
		assertThat(unknown.json().get("detail").asString()).contains("PUT /api/v1/tenants/{tenantId}/domains/{domain}");
		assertThat(ip.problemType()).isEqualTo("unknown-storefront");
	}

	@Test
	void aTokenNamesItsOwnTenantWhateverTheHost() {
		JsonNode globex = plaza.newOrganization(admin);
		TenantCaller globexCaller = plaza.tenantCaller(admin, demoTenant(globex), "tenant:read");

		Response storefront = plaza.getAt(acmeDomain, "/api/v1/storefront", globexCaller.token());

		assertThat(storefront.json().get("organization").asString()).isEqualTo(globex.get("slug").asString());
	}

	@Test
	void onlyPublicEndpointsAreOpenAtAStorefrontDomain() {
		Response tenant = plaza.getAt(acmeDomain, "/api/v1/tenant", null);

		assertThat(tenant.status()).isEqualTo(401);
		assertThat(tenant.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void mappingIsIdempotentAndADomainServesOneTenant() {
		JsonNode globex = plaza.newOrganization(admin);

		Response again = map(demoTenant(acme), acmeDomain, admin);
		Response taken = map(demoTenant(globex), acmeDomain, admin);

		assertThat(again.status()).isEqualTo(200);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).contains(acmeDomain);
		assertThat(plaza.getAt(acmeDomain, "/api/v1/storefront", null).json().get("organization").asString())
			.isEqualTo(acme.get("slug").asString());
	}

	@Test
	void aTenantListsItsOwnDomainsOnly() {
		JsonNode globex = plaza.newOrganization(admin);

		Response own = plaza.get("/api/v1/tenants/" + demoTenant(acme) + "/domains", acmeCaller.token());
		Response other = plaza.get("/api/v1/tenants/" + demoTenant(globex) + "/domains", acmeCaller.token());

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("items").get(0).get("domain").asString()).isEqualTo(acmeDomain);
		assertThat(other.status()).isEqualTo(404);
	}

	@Test
	void onlyThePlatformOperatorMapsDomains() {
		Response byTenant = map(demoTenant(acme), "other-" + acmeDomain, acmeCaller.token());

		assertThat(byTenant.status()).isEqualTo(403);
	}

	@Test
	void badDomainsAndUnknownTenantsAreRefused() {
		for (String bad : new String[] { "localhost", "-bad.example.com", "under_score.example.com", "a..b.com", "1.5", "127.0.0.1" }) {
			Response refused = map(demoTenant(acme), bad, admin);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("detail").asString()).as(bad).contains("is not a host name");
		}
		assertThat(map(UUID.randomUUID().toString(), "fine.example.com", admin).status()).isEqualTo(404);
	}

	@Test
	void anUnmappedDomainStopsServingAtOnce() {
		assertThat(plaza.getAt(acmeDomain, "/api/v1/storefront", null).status()).isEqualTo(200);

		Response removed = plaza.send(authorized(domainUri(demoTenant(acme), acmeDomain), admin).DELETE());
		Response removedAgain = plaza.send(authorized(domainUri(demoTenant(acme), acmeDomain), admin).DELETE());

		assertThat(removed.status()).isEqualTo(204);
		assertThat(removedAgain.status()).isEqualTo(404);
		assertThat(plaza.getAt(acmeDomain, "/api/v1/storefront", null).problemType()).isEqualTo("unknown-storefront");
	}

	private Response map(String tenantId, String domain, String token) {
		return plaza.send(authorized(domainUri(tenantId, domain), token).PUT(HttpRequest.BodyPublishers.noBody()));
	}

	private String domainUri(String tenantId, String domain) {
		return "/api/v1/tenants/" + tenantId + "/domains/" + domain;
	}

	private HttpRequest.Builder authorized(String path, String token) {
		return HttpRequest.newBuilder(plaza.uri(path)).header("Authorization", "Bearer " + token);
	}

	private static String demoTenant(JsonNode organization) {
		return organization.get("tenants").get(0).get("id").asString();
	}
}
