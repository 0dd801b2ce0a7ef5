package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.id;
import static dev.plaza.inventory.StockCalls.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An expired reservation gives its units back to everyone within a second of expiring, with no cleanup job to wait for. */
@PlazaTest
class StockExpiryTest {

	static final Duration SLACK = Duration.ofSeconds(1);

	@Autowired
	PlazaClient plaza;

	StockCalls stock;

	UUID tshirt;

	@BeforeEach
	void aShopWithThreeUnits() {
		stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		tshirt = stock.products.product("TSHIRT-M");
		stock.receive(tshirt, "madrid", 3);
	}

	@Test
	void anotherCartCanReserveTheUnitsNoLaterThanOneSecondAfterTheReservationExpires() throws InterruptedException {
		Response reserved = stock.reserve("cart-1", 2, line(tshirt, 3));
		UUID first = id(reserved);
		Instant expiresAt = Instant.parse(reserved.json().get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt)).isLessThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(stock.reserve("cart-2", line(tshirt, 1)).status()).isEqualTo(409);

		Instant shownAvailable = pollUntil(() -> stock.available(tshirt) == 3);
		Instant reservedAgain = pollUntil(() -> stock.reserve("cart-2", line(tshirt, 3)).status() == 201);

		assertThat(shownAvailable).isBefore(expiresAt.plus(SLACK));
		assertThat(reservedAgain).isBefore(expiresAt.plus(SLACK));
		assertThat(stock.reservation(first).json().get("status").asString()).isEqualTo("expired");
		assertThat(stock.totals(tshirt)).containsExactly(3, 3, 0);
		assertThat(stock.release(first).status()).as("releasing an expired reservation changes nothing").isEqualTo(204);
		assertThat(stock.reservation(first).json().get("status").asString()).isEqualTo("expired");
		assertThat(stock.totals(tshirt)).containsExactly(3, 3, 0);
	}

	@Test
	void anExpiredReservationIsStillCommittedWhileItsUnitsAreThere() throws InterruptedException {
		UUID late = id(stock.reserve("cart-1", 1, line(tshirt, 2)));
		pollUntil(() -> stock.reservation(late).json().get("status").asString().equals("expired"));

		Response committed = stock.commit(late);

		assertThat(committed.status()).as(committed.text()).isEqualTo(200);
		assertThat(committed.json().get("status").asString()).isEqualTo("committed");
		assertThat(stock.totals(tshirt)).containsExactly(1, 0, 1);
	}

	@Test
	void anExpiredReservationWhoseUnitsWereTakenIsNotCommitted() throws InterruptedException {
		UUID late = id(stock.reserve("cart-1", 1, line(tshirt, 2)));
		pollUntil(() -> stock.reserve("cart-2", line(tshirt, 3)).status() == 201);

		Response refused = stock.commit(late);

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("insufficient-stock");
		assertThat(refused.json().get("detail").asString()).contains("expired at", "nothing was committed");
		assertThat(refused.json().get("lines").get(0).get("available").asLong()).isZero();
		assertThat(stock.reservation(late).json().get("status").asString()).isEqualTo("expired");
		assertThat(stock.totals(tshirt)).containsExactly(3, 3, 0);
	}

	/** Polls every 50 ms for up to 10 s; answers when the condition first held. */
	static Instant pollUntil(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return Instant.now();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Not true within 10 s");
	}
}
