package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static dev.plaza.reservations.HoldCalls.seatsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every way a hold request can be wrong answers a problem that says what to fix, and holds nothing. */
@PlazaTest
class HoldBadInputTest {

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
	void seatsTheRoomDoesNotHaveAre422NamingThem() {
		Response refused = holds.hold(showtime, "customer-1", "A1", "Z9");

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("unknown-seats");
		assertThat(refused.json().get("detail").asString()).contains("Z9");
		assertThat(holds.statuses(showtime)).containsEntry("A1", "free");
	}

	@Test
	void theSameSeatTwiceIs400() {
		Response refused = holds.hold(showtime, "customer-1", "A1", "A2", "A1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(refused.json().get("detail").asString()).contains("[A1]");
	}

	@Test
	void anEmptySeatListIs400() {
		Response refused = holds.hold(showtime, "customer-1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("seats");
	}

	@Test
	void aMissingCustomerIs400() {
		Response refused = holds.holdWith(showtime, "{\"seats\": [\"A1\"]}");

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("customer");
	}

	@Test
	void aBlockedSeatIsUnavailable() {
		Response refused = holds.hold(showtime, "customer-1", "A3", "A4");

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("seats-unavailable");
		assertThat(seatsOf(refused.json())).containsExactly("A4");
		assertThat(holds.statuses(showtime)).containsEntry("A3", "free");
	}

	@Test
	void anUnknownShowtimeIs404() {
		Response refused = holds.hold(UUID.randomUUID(), "customer-1", "A1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("not-found");
		assertThat(holds.seatMap(UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aShowtimeCancelledAMomentAgoIs404ThoughItsSeatMapWasJustRead() {
		assertThat(holds.statuses(showtime)).containsEntry("A1", "free");
		assertThat(holds.catalog.cancel(showtime).status()).isEqualTo(204);

		Response refused = holds.hold(showtime, "customer-1", "A1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(404);
		assertThat(refused.problemType()).isEqualTo("not-found");
	}

	@Test
	void aShowtimeThatAlreadyStartedIs422() throws InterruptedException {
		Instant startsAt = Instant.now().plus(Duration.ofSeconds(2)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		UUID soon = holds.showtimeAt(startsAt);
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), startsAt).toMillis() + 50));

		Response refused = holds.hold(soon, "customer-1", "A1");

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("showtime-started");
		assertThat(refused.json().get("detail").asString()).contains("before a showtime starts");
	}

	@Test
	void moreSeatsThanTheTenantAllowsPerHoldIs422() {
		assertThat(holds.putSettings("{\"maxSeatsPerHold\": 2}").status()).isEqualTo(200);

		Response refused = holds.hold(showtime, "customer-1", "A1", "A2", "A3");

		assertThat(refused.status()).as(refused.text()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("too-many-seats");
		assertThat(refused.json().get("detail").asString()).contains("at most 2");
		id(holds.hold(showtime, "customer-1", "A1", "A2"));
	}

	@Test
	void malformedIdsAndBodiesAre400() {
		assertThat(holds.hold(UUID.randomUUID()).status()).isEqualTo(404);
		Response badId = plaza.get("/api/v1/holds/not-a-uuid", holds.token);
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.problemType()).isEqualTo("invalid-parameter");
		assertThat(plaza.postJson("/api/v1/showtimes/not-a-uuid/holds", holds.token, "{\"seats\": [\"A1\"], \"customer\": \"c\"}")
			.status()).isEqualTo(400);
		Response broken = holds.holdWith(showtime, "{\"seats\": [\"A1\"");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.problemType()).isEqualTo("malformed-json");
		Response unknownField = holds.holdWith(showtime, "{\"seats\": [\"A1\"], \"customer\": \"c\", \"price\": 1}");
		assertThat(unknownField.problemType()).isEqualTo("unknown-field");
		Response wrongType = holds.holdWith(showtime, "{\"seats\": \"A1\", \"customer\": \"c\"}");
		assertThat(wrongType.status()).isEqualTo(400);
	}

	@Test
	void anotherTenantsShowtimesAndHoldsAreNotFound() {
		UUID hold = id(holds.hold(showtime, "customer-1", "A1"));
		HoldCalls other = HoldCalls.newTenant(plaza);

		assertThat(other.hold(showtime, "customer-1", "A2").status()).isEqualTo(404);
		assertThat(other.seatMap(showtime).status()).isEqualTo(404);
		assertThat(other.hold(hold).status()).isEqualTo(404);
		assertThat(other.release(hold).status()).isEqualTo(404);
		assertThat(holds.hold(hold).json().get("status").asString()).isEqualTo("active");
	}

	@Test
	void holdingNeedsTheReservationsScopeAndSettingsTheCatalogScope() {
		CatalogCalls staffOnly = CatalogCalls.newTenant(plaza, "catalog:write");
		Response noHoldScope = plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", staffOnly.token,
				"{\"seats\": [\"A1\"], \"customer\": \"c\"}");
		assertThat(noHoldScope.status()).isEqualTo(403);
		assertThat(plaza.get("/api/v1/holds/" + UUID.randomUUID(), staffOnly.token).status()).isEqualTo(403);

		CatalogCalls storefront = CatalogCalls.newTenant(plaza, "reservations:write");
		assertThat(plaza.get("/api/v1/reservations/settings", storefront.token).status()).isEqualTo(403);
	}
}
