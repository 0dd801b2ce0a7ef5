package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plaza.identity.domain.Role;
import dev.plaza.platform.TenantId;
import dev.plaza.products.ProductCalls;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator in the back office finds a customer's order by their e-mail, refunds part of it and
 * sees the refund in its history; a refund of more than is left comes back on the form with the
 * reason. An analyst sees the same order without any control to change it.
 */
@PlazaTest
class OrdersBrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void anOperatorFindsAnOrderByTheCustomersEmailAndRefundsPartOfIt() {
		Shop shop = new Shop(plaza);
		String email = "ana@" + shop.mailDomain;
		UUID other = shop.paidOrder("bob@" + shop.mailDomain, 1200);
		UUID order = shop.paidOrder(email, 2500);
		Person operator = staff.person(shop.organization, Set.of(Role.OPERATOR), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/orders").toString(), operator, "Demo");
			assertThat(page.locator("h1").textContent()).isEqualTo("Orders");
			assertThat(page.locator("tbody tr").count()).isEqualTo(2);
			Browsers.screenshot(page, "backoffice-orders");
			Browsers.assertAccessible(page);

			page.getByLabel("Customer e-mail").fill(email.toUpperCase());
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Filter")).click();
			page.waitForURL(url -> url.contains("email="));
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);
			assertThat(page.locator("tbody tr").textContent()).contains(email).contains("25.00 EUR");
			assertThat(page.content()).doesNotContain(other.toString());
			Browsers.screenshot(page, "backoffice-orders-by-email");
			Browsers.assertAccessible(page);

			page.locator("tbody tr a").click();
			page.waitForURL(url -> url.endsWith("/admin/orders/" + order));
			assertThat(page.locator("h1").textContent()).isEqualTo("Order " + order);
			assertThat(page.locator("#order-status").textContent()).isEqualTo("confirmed");
			assertThat(page.locator(".history li").allTextContents()).hasSize(3);
			Browsers.screenshot(page, "backoffice-order");
			Browsers.assertAccessible(page);

			page.getByLabel("Amount to refund (EUR; empty: all that is left)").fill("40.00");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Refund")).click();
			page.waitForURL(url -> url.endsWith("/refunds"));
			assertThat(page.locator("#refund-problem").textContent()).isNotBlank();
			assertThat(page.getByLabel("Amount to refund (EUR; empty: all that is left)").inputValue()).isEqualTo("40.00");
			Browsers.screenshot(page, "backoffice-order-refund-refused");
			Browsers.assertAccessible(page);

			page.getByLabel("Amount to refund (EUR; empty: all that is left)").fill("5.00");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Refund")).click();
			page.waitForURL(url -> url.endsWith("/admin/orders/" + order));
			assertThat(page.locator(".notice").textContent()).contains("5.00 EUR");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				page.reload();
				assertThat(page.locator("#order-status").textContent()).isEqualTo("partially refunded");
			});
			assertThat(page.locator("#order-refunded").textContent()).isEqualTo("5.00 EUR");
			assertThat(page.locator(".history li").last().textContent()).contains("partially refunded");
			Browsers.screenshot(page, "backoffice-order-refunded");
			Browsers.assertAccessible(page);
		}
		JsonNode refunded = shop.order(order);
		assertThat(refunded.get("refunded").asLong()).isEqualTo(500);
	}

	@Test
	void anAnalystSeesAnOrderWithoutAnyControlToChangeIt() {
		Shop shop = new Shop(plaza);
		UUID order = shop.paidOrder("ana@" + shop.mailDomain, 1800);
		Person analyst = staff.person(shop.organization, Set.of(Role.ANALYST), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/orders/" + order).toString(), analyst, "Demo");
			assertThat(page.locator("h1").textContent()).isEqualTo("Order " + order);
			assertThat(page.locator("form[action$=refunds]").count()).isZero();
			assertThat(page.locator("form[action$=confirmation-email]").count()).isZero();
			Browsers.screenshot(page, "backoffice-order-analyst");
			Browsers.assertAccessible(page);
		}
	}

	/** A shop of a new organization selling one product, its customers paying with an approved card. */
	static final class Shop {

		final String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

		final String organization;

		private final PlazaClient plaza;

		private final CatalogCalls catalog;

		Shop(PlazaClient plaza) {
			this.plaza = plaza;
			String admin = plaza.adminToken();
			JsonNode created = plaza.newOrganization(admin);
			this.organization = created.get("id").asString();
			String tenant = created.get("tenants").get(0).get("id").asString();
			this.catalog = new CatalogCalls(plaza, plaza.tenantCaller(admin, tenant, "catalog:write", "reservations:write",
					"orders:write", "orders:read", "payments:write", "payments:read").token(),
					TenantId.of(tenant));
		}

		/** An order of one unit at this price (EUR cents) by the customer, paid and confirmed. */
		UUID paidOrder(String email, long price) {
			String sku = CatalogCalls.unique("SKU");
			UUID product = CatalogCalls.created(new ProductCalls(catalog).create("""
					{"sku": "%s", "title": "Product %s", "price": {"amount": %d, "currency": "EUR"}, "taxClass": "standard",
					 "attributes": {}, "images": []}""".formatted(sku, sku, price)));
			Response location = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/stock/locations/madrid"))
				.header("Authorization", "Bearer " + catalog.token)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Madrid\"}")));
			assertThat(location.status()).as(location.text()).isIn(200, 201);
			ok(post("/api/v1/stock/adjustments", Map.of("productId", product, "location", "madrid", "delta", 5, "reason",
					"received")));
			UUID cart = id(ok(post("/api/v1/carts", Map.of("customer", "customer-" + email, "email", email))));
			ok(post("/api/v1/carts/" + cart + "/items", Map.of("productId", product, "quantity", 1)));
			JsonNode order = plaza.postJson("/api/v1/orders", catalog.token, JSON.writeValueAsString(Map.of("cartId", cart)),
					"Idempotency-Key", UUID.randomUUID().toString()).json();
			Response paid = post("/api/v1/payments/" + order.get("paymentId").asString() + "/confirm",
					Map.of("paymentMethod", "tok_approve"));
			assertThat(paid.status()).as(paid.text()).isEqualTo(200);
			UUID id = id(order);
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(order(id).get("status").asString()).isEqualTo("confirmed"));
			return id;
		}

		JsonNode order(UUID id) {
			return plaza.get("/api/v1/orders/" + id, catalog.token).json();
		}

		private Response post(String path, Object body) {
			return plaza.postJson(path, catalog.token, JSON.writeValueAsString(body));
		}

		private static Response ok(Response response) {
			assertThat(response.status()).as(response.text()).isIn(200, 201);
			return response;
		}

		private static UUID id(Response created) {
			return id(created.json());
		}

		private static UUID id(JsonNode created) {
			return UUID.fromString(created.get("id").asString());
		}
	}
}
