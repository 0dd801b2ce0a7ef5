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

/**
 * The modules' published interfaces as the service apps serve them to each other under
 * {@code /internal/v1}: only the services client's token is let in, and it reads and writes as the
 * tenant its call names, seeing nothing of any other.
 */
@PlazaTest
class ServiceInterfacesTest {

	@Autowired
	PlazaClient client;

	String services;

	TenantCaller shop;

	String productId;

	@BeforeEach
	void shopWithAProduct() {
		String admin = client.adminToken();
		shop = client.tenantCaller(admin, client.newOrganization(admin).get("tenants").get(0).get("id").asString(),
				"catalog:write", "ledger:write");
		Response product = client.postJson("/api/v1/catalog/products", shop.token(), """
				{"sku": "MUG-1", "title": "Mug", "price": {"amount": 900, "currency": "EUR"},
				 "taxClass": "standard", "attributes": {}, "images": []}""");
		assertThat(product.status()).isEqualTo(201);
		productId = product.json().get("id").asString();
		services = client.token("plaza-services", PlazaClient.SERVICES_SECRET);
	}

	@Test
	void aServiceReadsTheTenantsProductAsTheTenantItNames() {
		Response found = internal("/internal/v1/catalog/products/" + productId, services, shop.tenantId());

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("sku").asString()).isEqualTo("MUG-1");
		assertThat(found.json().get("price").get("amount").asLong()).isEqualTo(900);
	}

	@Test
	void inAnotherTenantsNameTheProductIsNotThere() {
		String otherTenant = client.newOrganization(client.adminToken()).get("tenants").get(0).get("id").asString();

		Response found = internal("/internal/v1/catalog/products/" + productId, services, otherTenant);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.text()).as("no product: an empty answer").isEmpty();
	}

	@Test
	void tenantsTokensAndNoTokenAreRefused() {
		assertThat(internal("/internal/v1/catalog/products/" + productId, shop.token(), shop.tenantId()).status())
			.as("a tenant's token, whatever tenant it names").isEqualTo(403);
		assertThat(internal("/internal/v1/catalog/products/" + productId, null, shop.tenantId()).status()).isEqualTo(401);
		assertThat(internal("/internal/v1/tenancy/tenants", client.adminToken(), null).status())
			.as("even the platform administrator's").isEqualTo(403);
	}

	@Test
	void theTenantDirectoryAnswersForTheTenantNamed() {
		Response tenant = internal("/internal/v1/tenancy/tenants/" + shop.tenantId(), services, shop.tenantId());

		assertThat(tenant.status()).isEqualTo(200);
		assertThat(tenant.json().get("id").get("value").asString()).isEqualTo(shop.tenantId());
		assertThat(tenant.json().get("environment").asString()).isEqualToIgnoringCase("demo");
	}

	@Test
	void aRefusedLedgerChainIsAConflictWithTheLedgersReason() {
		String transfer = """
				[{"id": {"value": "%s"}, "debit": {"value": "%s"}, "credit": {"value": "%s"},
				  "amount": {"amount": 500, "currency": "EUR"}, "code": 1}]""".formatted(UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID());

		Response refused = client.send(request("/internal/v1/ledger/transfers", services, shop.tenantId())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(transfer)));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void anOrganizationIsFoundedOnceWhateverHowOftenTheServiceAsks() {
		String slug = "svc-" + UUID.randomUUID().toString().substring(0, 8);
		String platform = new UUID(0, 0).toString();

		Response founded = put("/internal/v1/tenancy/organizations/" + slug, platform, "{\"name\": \"Founded Once SL\"}");
		Response again = put("/internal/v1/tenancy/organizations/" + slug, platform, "{\"name\": \"Another Name\"}");

		assertThat(founded.status()).as(founded.text()).isEqualTo(200);
		assertThat(founded.json()).hasSize(3);
		assertThat(founded.json().get(0).get("environment").asString()).isEqualToIgnoringCase("demo");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get(0).get("id")).as("the same tenants").isEqualTo(founded.json().get(0).get("id"));
		assertThat(client.get("/api/v1/organizations?slug=" + slug, client.adminToken()).json().get("items")).hasSize(1);
		Response badSlug = put("/internal/v1/tenancy/organizations/Not_A_Slug", platform, "{\"name\": \"Bad SL\"}");
		assertThat(badSlug.status()).as("a slug that is not one is the caller's mistake").isEqualTo(400);
	}

	@Test
	void anOwnerIsInvitedOnceWhateverHowOftenTheServiceAsks() {
		String platform = new UUID(0, 0).toString();
		String slug = "svc-" + UUID.randomUUID().toString().substring(0, 8);
		String organization = put("/internal/v1/tenancy/organizations/" + slug, platform, "{\"name\": \"Owned SL\"}")
			.json().get(0).get("organization").get("value").asString();
		String owner = "{\"email\": \"owner@" + slug + ".example\", \"name\": \"Olga Owner\"}";

		Response invited = put("/internal/v1/identity/organizations/" + organization + "/owner", platform, owner);
		Response again = put("/internal/v1/identity/organizations/" + organization + "/owner", platform, owner);

		assertThat(invited.status()).as(invited.text()).isEqualTo(200);
		assertThat(invited.json().asString()).isEqualTo("INVITED");
		assertThat(again.json().asString()).as("nobody is invited twice").isEqualTo("ALREADY_MEMBER");
		Response noEmail = put("/internal/v1/identity/organizations/" + organization + "/owner", platform,
				"{\"email\": \"not an e-mail\", \"name\": \"Olga\"}");
		assertThat(noEmail.status()).isEqualTo(400);
		assertThat(client.send(request("/internal/v1/identity/organizations/" + organization + "/owner", shop.token(), platform)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(owner))).status()).as("only the services' token").isEqualTo(403);
	}

	private Response put(String path, String tenant, String body) {
		return client.send(request(path, services, tenant).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response internal(String path, String token, String tenant) {
		return client.send(request(path, token, tenant).GET());
	}

	private HttpRequest.Builder request(String path, String token, String tenant) {
		HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (tenant != null) {
			request.header("Plaza-Tenant", tenant);
		}
		return request;
	}
}
