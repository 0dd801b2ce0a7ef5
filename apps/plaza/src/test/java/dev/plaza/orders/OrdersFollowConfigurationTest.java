package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A shop that never set its own order settings sells under its configuration: its country's VAT and
 * currency, its payment deadline and hold time. Changing the configuration changes the next order and
 * hold at once, without a restart.
 */
@PlazaTest
class OrdersFollowConfigurationTest {

	@Autowired
	PlazaClient plaza;

	OrderCalls shop;

	@BeforeEach
	void aShopThatMayChangeItsConfiguration() {
		shop = new OrderCalls(plaza, CatalogCalls.newTenant(plaza, "catalog:write", "reservations:write", "orders:write",
				"orders:read", "payments:write", "payments:read", "tenant:read", "config:write"));
	}

	@Test
	void theNextOrderIsTaxedAndDueAsTheChangedConfigurationSays() {
		UUID product = shop.product(1230, "standard", 5);
		JsonNode spanish = orderOf(product);
		assertThat(spanish.get("country").asString()).isEqualTo("ES");
		assertThat(spanish.get("tax").asLong()).isEqualTo(213); // 1230 × 21/121

		Response changed = putConfiguration("PT", Map.of("commerce", Map.of("paymentDeadlineSeconds", 300)));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);

		Instant placedAfter = Instant.now();
		JsonNode portuguese = orderOf(product);
		assertThat(portuguese.get("country").asString()).isEqualTo("PT");
		assertThat(portuguese.get("tax").asLong()).isEqualTo(230); // 1230 × 23/123
		assertThat(Instant.parse(portuguese.get("paymentDeadline").asString()))
			.isBetween(placedAfter.plusSeconds(299), placedAfter.plus(Duration.ofSeconds(305)));
		assertThat(plaza.get("/api/v1/orders/settings", shop.token).json().get("country").asString()).isEqualTo("PT");
	}

	@Test
	void holdsLastTheConfiguredHoldTimeUntilTheShopSetsItsOwn() {
		assertThat(holdTtlSeconds()).isEqualTo(600);

		putConfiguration("ES", Map.of("commerce", Map.of("holdTtlSeconds", 120)));

		assertThat(holdTtlSeconds()).isEqualTo(120);
		shop.holdsLast(30);
		assertThat(holdTtlSeconds()).as("the shop's own setting wins").isEqualTo(30);
	}

	private long holdTtlSeconds() {
		return plaza.get("/api/v1/reservations/settings", shop.token).json().get("holdTtlSeconds").asLong();
	}

	private JsonNode orderOf(UUID product) {
		UUID cart = shop.cart();
		assertThat(shop.addProduct(cart, product, 1).status()).isEqualTo(201);
		return shop.placed(cart);
	}

	private Response putConfiguration(String country, Map<String, Object> overrides) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/config/tenant"))
			.header("Authorization", "Bearer " + shop.token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(OrderCalls.JSON.writeValueAsString(Map.of("country", country,
					"overrides", overrides)))));
	}
}
