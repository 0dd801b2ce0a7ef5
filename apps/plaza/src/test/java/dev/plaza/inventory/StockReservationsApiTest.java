package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.id;
import static dev.plaza.inventory.StockCalls.line;
import static dev.plaza.inventory.StockCalls.sku;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Carts keep stock while customers shop: all lines or none, available = on hand − reserved, units
 * given back on release and taken off the shelf once on commit.
 */
@PlazaTest
class StockReservationsApiTest {

	@Autowired
	PlazaClient plaza;

	StockCalls stock;

	UUID tshirt;

	UUID mug;

	@BeforeEach
	void aShopWithStockInTwoWarehouses() {
		stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		stock.location("bcn");
		tshirt = stock.products.product("TSHIRT-M");
		mug = stock.products.product("MUG-1");
		stock.receive(tshirt, "madrid", 5);
		stock.receive(tshirt, "bcn", 3);
		stock.receive(mug, "madrid", 2);
	}

	@Test
	void reservingTakesUnitsFromAvailableUntilReleased() {
		Response created = stock.reserve("cart-1", line(tshirt, 2, "madrid"), sku("MUG-1", 1));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		UUID reservation = id(created);
		assertThat(created.header("Location")).endsWith("/api/v1/stock/reservations/" + reservation);
		JsonNode body = created.json();
		assertThat(body.get("customer").asString()).isEqualTo("cart-1");
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(Instant.parse(body.get("expiresAt").asString()))
			.isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
		assertThat(body.get("lines").findValuesAsString("sku")).containsExactly("TSHIRT-M", "MUG-1");
		assertThat(body.get("lines").get(1).get("productId").asString()).isEqualTo(mug.toString());
		assertThat(body.get("lines").get(1).get("location").asString()).isEqualTo("madrid");
		assertThat(stock.totals(tshirt)).containsExactly(8, 2, 6);
		assertThat(stock.level(tshirt).json().get("locations").get(1).get("available").asLong()).as("madrid").isEqualTo(3);
		assertThat(stock.totals(mug)).containsExactly(2, 1, 1);
		assertThat(stock.reservation(reservation).json()).isEqualTo(body);

		assertThat(stock.release(reservation).status()).isEqualTo(204);

		assertThat(stock.totals(tshirt)).containsExactly(8, 0, 8);
		assertThat(stock.totals(mug)).containsExactly(2, 0, 2);
		assertThat(stock.reservation(reservation).json().get("status").asString()).isEqualTo("released");
		assertThat(stock.release(reservation).status()).as("releasing again changes nothing").isEqualTo(204);
		assertThat(stock.reservation(reservation).json().get("status").asString()).isEqualTo("released");
	}

	@Test
	void aLineWithoutLocationComesFromTheLocationWithMostAvailableAndSplitsOnlyWhenItMust() {
		JsonNode one = stock.reserve("cart-1", line(tshirt, 4)).json();
		JsonNode split = stock.reserve("cart-2", line(tshirt, 3)).json();

		assertThat(one.get("lines")).hasSize(1);
		assertThat(one.get("lines").get(0).get("location").asString()).isEqualTo("madrid");
		assertThat(split.get("lines").findValuesAsString("location")).as("bcn has 3, madrid 1 left")
			.containsExactly("bcn");
		JsonNode last = stock.reserve("cart-3", line(tshirt, 1)).json();
		assertThat(last.get("lines").get(0).get("location").asString()).isEqualTo("madrid");
		stock.release(UUID.fromString(split.get("id").asString()));
		stock.release(UUID.fromString(last.get("id").asString()));

		JsonNode across = stock.reserve("cart-4", line(tshirt, 4)).json();

		assertThat(across.get("lines").findValuesAsString("location")).containsExactly("bcn", "madrid");
		assertThat(across.get("lines").findValuesAsString("quantity")).containsExactly("3", "1");
		assertThat(stock.available(tshirt)).isZero();
	}

	@Test
	void aLineShortOfStockRefusesTheWholeReservationListingOnlyTheShortLines() {
		Response short409 = stock.reserve("cart-1", line(tshirt, 8), line(mug, 3));

		assertThat(short409.status()).as(short409.text()).isEqualTo(409);
		assertThat(short409.problemType()).isEqualTo("insufficient-stock");
		assertThat(short409.json().get("lines")).hasSize(1);
		JsonNode shortLine = short409.json().get("lines").get(0);
		assertThat(shortLine.get("line").asInt()).isEqualTo(1);
		assertThat(shortLine.get("productId").asString()).isEqualTo(mug.toString());
		assertThat(shortLine.get("sku").asString()).isEqualTo("MUG-1");
		assertThat(shortLine.get("requested").asInt()).isEqualTo(3);
		assertThat(shortLine.get("available").asLong()).isEqualTo(2);
		assertThat(short409.json().get("detail").asString()).contains("lines[1] asks for 3 of MUG-1; 2 available",
				"nothing was reserved");
		assertThat(stock.totals(tshirt)).as("the line that fitted was not kept either").containsExactly(8, 0, 8);
		assertThat(stock.totals(mug)).containsExactly(2, 0, 2);
	}

	@Test
	void aLineAtOneLocationCountsOnlyThatLocation() {
		Response refused = stock.reserve("cart-1", line(tshirt, 4, "bcn"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("lines").get(0).get("location").asString()).isEqualTo("bcn");
		assertThat(refused.json().get("lines").get(0).get("available").asLong()).isEqualTo(3);
		assertThat(stock.reserve("cart-1", line(tshirt, 3, "bcn")).status()).isEqualTo(201);
	}

	@Test
	void committingTakesTheUnitsOffTheShelfOnceHoweverOftenItIsSent() {
		UUID reservation = id(stock.reserve("cart-1", line(tshirt, 2, "madrid"), line(mug, 1)));

		Response first = stock.commit(reservation);
		Response second = stock.commit(reservation);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.json().get("status").asString()).isEqualTo("committed");
		assertThat(second.json()).isEqualTo(first.json());
		assertThat(stock.totals(tshirt)).containsExactly(6, 0, 6);
		assertThat(stock.totals(mug)).containsExactly(1, 0, 1);
		JsonNode sales = stock.adjustments("?product=" + tshirt).json().get("items");
		assertThat(sales.findValuesAsString("reason")).containsExactly("received", "received", "sold");
		assertThat(sales.get(2).get("delta").asLong()).isEqualTo(-2);
		assertThat(sales.get(2).get("reservationId").asString()).isEqualTo(reservation.toString());
		assertThat(sales.get(2).get("onHandAfter").asLong()).as("madrid after the sale").isEqualTo(3);
		assertThat(stock.reservation(reservation).json().get("status").asString()).isEqualTo("committed");
	}

	@Test
	void aCommittedReservationCannotBeReleasedNorAReleasedOneCommitted() {
		UUID sold = id(stock.reserve("cart-1", line(tshirt, 1)));
		UUID given = id(stock.reserve("cart-2", line(tshirt, 1)));
		stock.commit(sold);
		stock.release(given);

		Response release = stock.release(sold);
		Response commit = stock.commit(given);

		assertThat(release.status()).isEqualTo(409);
		assertThat(release.problemType()).isEqualTo("stock-reservation-committed");
		assertThat(release.json().get("detail").asString()).contains("reason 'returned'");
		assertThat(commit.status()).isEqualTo(409);
		assertThat(commit.problemType()).isEqualTo("stock-reservation-released");
		assertThat(stock.totals(tshirt)).containsExactly(7, 0, 7);
	}

	@Test
	void anUnknownReservationIs404() {
		UUID unknown = UUID.randomUUID();

		assertThat(stock.reservation(unknown).status()).isEqualTo(404);
		assertThat(stock.release(unknown).status()).isEqualTo(404);
		assertThat(stock.commit(unknown).status()).isEqualTo(404);
	}

	@Test
	void aRetriedReservationWithTheSameIdempotencyKeyReservesOnce() {
		String body = "{\"customer\": \"cart-1\", \"lines\": [{\"productId\": \"%s\", \"quantity\": 2}]}".formatted(tshirt);

		Response first = stock.reserveWith(body, "Idempotency-Key", "cart-1-add-1");
		Response retry = stock.reserveWith(body, "Idempotency-Key", "cart-1-add-1");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(stock.totals(tshirt)[1]).isEqualTo(2);
	}

	@Test
	void reservingNeedsReservationsWriteAndCommittingCatalogWrite() {
		StockCalls reader = stock.withScopes("tenant:read");
		StockCalls cart = stock.withScopes("reservations:write");
		UUID reservation = id(cart.reserve("cart-1", line(tshirt, 1)));

		assertThat(reader.reserve("cart-2", line(tshirt, 1)).status()).isEqualTo(403);
		assertThat(reader.reservation(reservation).status()).isEqualTo(403);
		assertThat(cart.commit(reservation).status()).as("a storefront cannot sell without an order").isEqualTo(403);
		assertThat(stock.commit(reservation).status()).isEqualTo(200);
	}
}
