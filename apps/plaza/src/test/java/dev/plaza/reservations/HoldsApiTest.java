package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static dev.plaza.reservations.HoldCalls.seatsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A customer's journey with seat holds: the seat map, holding seats all or nothing, seeing the hold,
 * releasing it, and what happens to holds when the showtime is cancelled.
 */
@PlazaTest
class HoldsApiTest {

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
	void aCustomerHoldsSeatsSeesThemHeldAndReleasesThem() {
		assertThat(holds.statuses(showtime)).containsExactly(Map.entry("A1", "free"), Map.entry("A2", "free"),
				Map.entry("A3", "free"), Map.entry("A4", "blocked"), Map.entry("B1", "free"), Map.entry("B2", "free"));

		Response created = holds.hold(showtime, "customer-1", "A2", "A3");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode hold = created.json();
		UUID id = id(created);
		assertThat(created.header("Location")).isEqualTo("/api/v1/holds/" + id);
		assertThat(hold.get("showtimeId").asString()).isEqualTo(showtime.toString());
		assertThat(seatsOf(hold)).containsExactly("A2", "A3");
		assertThat(hold.get("customer").asString()).isEqualTo("customer-1");
		assertThat(hold.get("status").asString()).isEqualTo("active");
		assertThat(Instant.parse(hold.get("expiresAt").asString()))
			.isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
		assertThat(holds.statuses(showtime)).containsEntry("A2", "held").containsEntry("A3", "held").containsEntry("A1", "free");
		assertThat(holds.hold(id).json().get("status").asString()).isEqualTo("active");

		Response released = holds.release(id);

		assertThat(released.status()).as(released.text()).isEqualTo(204);
		assertThat(holds.statuses(showtime)).containsEntry("A2", "free").containsEntry("A3", "free");
		assertThat(holds.hold(id).json().get("status").asString()).isEqualTo("released");
		assertThat(holds.release(id).status()).isEqualTo(204);
		assertThat(id(holds.hold(showtime, "customer-2", "A2", "A3"))).isNotEqualTo(id);
	}

	@Test
	void holdingIsAllOrNothingAndNamesEverySeatThatIsNotFree() {
		id(holds.hold(showtime, "customer-1", "A2"));

		Response refused = holds.hold(showtime, "customer-2", "A1", "A2", "A4", "B1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("seats-unavailable");
		assertThat(seatsOf(refused.json())).containsExactly("A2", "A4");
		assertThat(holds.statuses(showtime)).containsEntry("A1", "free").containsEntry("B1", "free");
		id(holds.hold(showtime, "customer-2", "A1", "B1"));
	}

	@Test
	void theSeatMapIsCacheableAndAnswers304WhileItIsUnchanged() {
		Response first = holds.seatMap(showtime);

		assertThat(first.header("Cache-Control")).isEqualTo("max-age=2, public");
		assertThat(first.header("ETag")).isNotBlank();
		assertThat(first.json().get("showtimeId").asString()).isEqualTo(showtime.toString());
		assertThat(first.json().get("startsAt").asString()).isNotBlank();
		assertThat(first.json().get("seats").get(0).get("row").asString()).isEqualTo("A");
		assertThat(first.json().get("seats").get(0).get("kind").asString()).isEqualTo("wheelchair");
		Response unchanged = holds.seatMap(showtime, "If-None-Match", first.header("ETag"));
		assertThat(unchanged.status()).isEqualTo(304);

		id(holds.hold(showtime, "customer-1", "B1"));

		Response changed = holds.seatMap(showtime, "If-None-Match", first.header("ETag"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(first.header("ETag"));
	}

	@Test
	void aVisitorAtTheStorefrontDomainSeesTheSeatMapWithoutAToken() {
		id(holds.hold(showtime, "customer-1", "A2"));
		String domain = plaza.serveStorefrontAt(holds.catalog.tenant.value().toString(),
				"seats-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost");

		Response seatMap = plaza.getAt(domain, "/api/v1/showtimes/" + showtime + "/seats", null);
		Response elsewhere = plaza.getAt("other-" + domain, "/api/v1/showtimes/" + showtime + "/seats", null);
		Response holding = plaza.getAt(domain, "/api/v1/holds/" + UUID.randomUUID(), null);

		assertThat(seatMap.status()).as(seatMap.text()).isEqualTo(200);
		assertThat(seatMap.json().get("seats").get(1).get("status").asString()).isEqualTo("held");
		assertThat(elsewhere.problemType()).isEqualTo("unknown-storefront");
		assertThat(holding.status()).as("holds still need a token").isEqualTo(401);
	}

	@Test
	void cancellingTheShowtimeReleasesItsHolds() {
		UUID id = id(holds.hold(showtime, "customer-1", "A1"));

		Response cancelled = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/catalog/showtimes/" + showtime))
			.header("Authorization", "Bearer " + holds.token).DELETE());

		assertThat(cancelled.status()).isEqualTo(204);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(holds.hold(id).json().get("status").asString()).isEqualTo("released"));
		assertThat(holds.seatMap(showtime).status()).isEqualTo(404);
	}
}
