package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Anti-scalping: a tenant's staff set hold limits and rates, and customers and clients meet them. */
@PlazaTest
class HoldLimitsTest {

	@Autowired
	PlazaClient plaza;

	HoldCalls holds;

	UUID showtime;

	@BeforeEach
	void aCinemaChainWithAShowtimeTomorrow() {
		holds = HoldCalls.newTenant(plaza);
		showtime = holds.showtime();
	}

	@Test
	void aTenantStartsWithTheDefaultsAndMayOverrideThem() {
		JsonNode defaults = holds.settings().json();
		assertThat(defaults.get("holdTtlSeconds").asLong()).isEqualTo(600);
		assertThat(defaults.get("maxSeatsPerHold").asInt()).isEqualTo(10);
		assertThat(defaults.get("maxActiveHoldsPerCustomer").asInt()).isEqualTo(2);
		assertThat(defaults.get("maxActiveHoldsPerClient").asInt()).isEqualTo(1000);
		assertThat(defaults.get("clientRate").get("perSecond").asInt()).isEqualTo(50);
		assertThat(defaults.get("ipRate").get("burst").asInt()).isEqualTo(40);

		Response updated = holds.putSettings("{\"holdTtlSeconds\": 300, \"ipRate\": {\"perSecond\": 5}}");

		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		JsonNode now = holds.settings().json();
		assertThat(now.get("holdTtlSeconds").asLong()).isEqualTo(300);
		assertThat(now.get("ipRate").get("perSecond").asInt()).isEqualTo(5);
		assertThat(now.get("ipRate").get("burst").asInt()).isEqualTo(40);
		assertThat(now.get("maxSeatsPerHold").asInt()).isEqualTo(10);
		assertThat(HoldCalls.newTenant(plaza).settings().json().get("holdTtlSeconds").asLong()).isEqualTo(600);
	}

	@Test
	void settingsOutOfBoundsAre400NamingEachField() {
		Response refused = holds.putSettings("{\"holdTtlSeconds\": 0, \"maxSeatsPerHold\": 1000, \"clientRate\": {\"burst\": 0}}");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly("holdTtlSeconds", "maxSeatsPerHold", "clientRate.burst");
		assertThat(holds.settings().json().get("holdTtlSeconds").asLong()).isEqualTo(600);
	}

	@Test
	void aCustomerMayHaveOnlySoManyActiveHolds() {
		UUID first = id(holds.hold(showtime, "customer-1", "A1"));
		id(holds.hold(showtime, "customer-1", "A2"));

		Response refused = holds.hold(showtime, "customer-1", "A3");

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("too-many-active-holds");
		assertThat(refused.json().get("limit").asInt()).isEqualTo(2);
		id(holds.hold(showtime, "customer-2", "A3"));
		assertThat(holds.release(first).status()).isEqualTo(204);
		id(holds.hold(showtime, "customer-1", "B1"));
	}

	@Test
	void creatingHoldsTooFastIs429WithRetryAfterAndRateLimitHeaders() {
		assertThat(holds.putSettings("{\"clientRate\": {\"perSecond\": 1, \"burst\": 2}}").status()).isEqualTo(200);

		Response first = holds.hold(showtime, "customer-1", "A1");
		Response second = holds.hold(showtime, "customer-2", "A2");
		Response third = holds.hold(showtime, "customer-3", "A3");

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("RateLimit-Limit")).isEqualTo("2");
		assertThat(first.header("RateLimit-Remaining")).isEqualTo("1");
		assertThat(second.status()).isEqualTo(201);
		assertThat(third.status()).as(third.text()).isEqualTo(429);
		assertThat(third.problemType()).isEqualTo("rate-limited");
		assertThat(third.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 2L);
		assertThat(third.header("RateLimit-Limit")).isEqualTo("2");
		assertThat(third.header("RateLimit-Remaining")).isEqualTo("0");
		assertThat(third.header("RateLimit-Reset")).isNotBlank();
		assertThat(holds.statuses(showtime)).containsEntry("A3", "free");
	}

	@Test
	void aHoldRefusedForItsRateMaySucceedWhenRetriedWithTheSameIdempotencyKey() throws InterruptedException {
		assertThat(holds.putSettings("{\"clientRate\": {\"perSecond\": 1, \"burst\": 1}}").status()).isEqualTo(200);
		assertThat(holds.hold(showtime, "customer-1", "A1").status()).isEqualTo(201);
		String body = "{\"seats\": [\"A2\"], \"customer\": \"customer-2\"}";
		String key = UUID.randomUUID().toString();

		Response refused = holds.holdWith(showtime, body, "Idempotency-Key", key);
		Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);
		Response retried = holds.holdWith(showtime, body, "Idempotency-Key", key);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(retried.status()).as("the 429 was not stored for replay: " + retried.text()).isEqualTo(201);
	}

	@Test
	void anAddressCreatingHoldsTooFastIs429() {
		assertThat(holds.putSettings("{\"ipRate\": {\"perSecond\": 1, \"burst\": 1}}").status()).isEqualTo(200);

		assertThat(holds.hold(showtime, "customer-1", "A1").status()).isEqualTo(201);
		Response refused = holds.hold(showtime, "customer-2", "A2");

		assertThat(refused.status()).as(refused.text()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("1");
	}
}
