package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff keep stock per location: every change of on hand has a reason, is listed in order, and
 * never leaves less than is reserved.
 */
@PlazaTest
class StockAdjustmentsTest {

	@Autowired
	PlazaClient plaza;

	StockCalls stock;

	UUID tshirt;

	@BeforeEach
	void aShopWithTwoWarehouses() {
		stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		stock.location("bcn");
		tshirt = stock.products.product("TSHIRT-M");
	}

	@Test
	void aLocationIsCreatedThenRenamedAndListed() {
		Response created = stock.putLocation("valencia-1", "Valencia store");
		Response renamed = stock.putLocation("valencia-1", "Valencia Colón");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(plaza.get("/api/v1/stock/locations", stock.token).json().findValuesAsString("code"))
			.containsExactly("bcn", "madrid", "valencia-1");
		assertThat(plaza.get("/api/v1/stock/locations", stock.token).json().get(2).get("name").asString())
			.isEqualTo("Valencia Colón");
		assertThat(stock.putLocation("has%20space", "X").problemType()).isEqualTo("validation");
		assertThat(stock.putLocation("ok", " ").problemType()).isEqualTo("validation");
	}

	@Test
	void onHandIsKeptPerLocationAndInTotal() {
		Response received = stock.adjust(tshirt, "madrid", 10, "received");
		stock.receive(tshirt, "bcn", 4);
		Response damaged = stock.adjust(tshirt, "madrid", -2, "damaged");

		assertThat(received.status()).as(received.text()).isEqualTo(201);
		assertThat(received.json().get("onHandAfter").asLong()).isEqualTo(10);
		assertThat(damaged.json().get("onHandAfter").asLong()).isEqualTo(8);
		JsonNode level = stock.level(tshirt).json();
		assertThat(level.get("sku").asString()).isEqualTo("TSHIRT-M");
		assertThat(level.get("onHand").asLong()).isEqualTo(12);
		assertThat(level.get("reserved").asLong()).isZero();
		assertThat(level.get("available").asLong()).isEqualTo(12);
		assertThat(level.get("locations").findValuesAsString("location")).containsExactly("bcn", "madrid");
		assertThat(level.get("locations").get(1).get("onHand").asLong()).isEqualTo(8);
	}

	@Test
	void aProductWithoutStockHasNothingAndAnUnknownProductIs404() {
		JsonNode level = stock.level(tshirt).json();

		assertThat(level.get("onHand").asLong()).isZero();
		assertThat(level.get("available").asLong()).isZero();
		assertThat(level.get("locations")).isEmpty();
		assertThat(stock.level(UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theAuditListsEveryChangeInOrderWithItsReasonNoteAndClient() {
		stock.receive(tshirt, "madrid", 10);
		stock.adjustWith("""
				{"sku": "TSHIRT-M", "location": "madrid", "delta": -3, "reason": "counted", "note": "Yearly count"}""");
		stock.adjust(tshirt, "bcn", 5, "received");
		UUID other = stock.products.product("MUG-1");
		stock.receive(other, "madrid", 1);

		JsonNode items = stock.adjustments("?product=" + tshirt).json().get("items");

		assertThat(items).hasSize(3);
		assertThat(items.findValuesAsString("reason")).containsExactly("received", "counted", "received");
		assertThat(items.get(1).get("delta").asLong()).isEqualTo(-3);
		assertThat(items.get(1).get("note").asString()).isEqualTo("Yearly count");
		assertThat(items.get(1).get("onHandAfter").asLong()).isEqualTo(7);
		assertThat(items.get(1).get("clientId").asString()).isNotBlank();
		assertThat(stock.adjustments("?product=" + tshirt + "&location=bcn").json().get("items")).hasSize(1);
		assertThat(stock.adjustments("").json().get("items")).hasSize(4);
	}

	@Test
	void theAuditIsReadInPagesAndItsDeltasAddUpToOnHand() {
		for (int i = 1; i <= 5; i++) {
			stock.receive(tshirt, "madrid", i);
		}
		List<Long> deltas = new ArrayList<>();
		String query = "?product=" + tshirt + "&limit=2";
		int pages = 0;
		while (query != null) {
			JsonNode page = stock.adjustments(query).json();
			page.get("items").forEach(item -> deltas.add(item.get("delta").asLong()));
			pages++;
			query = page.get("nextCursor").isNull() ? null : "?product=" + tshirt + "&limit=2&cursor=" + page.get("nextCursor").asString();
		}

		assertThat(pages).isEqualTo(3);
		assertThat(deltas).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(deltas.stream().mapToLong(Long::longValue).sum()).isEqualTo(stock.totals(tshirt)[0]);
		assertThat(stock.adjustments("?cursor=nonsense").problemType()).isEqualTo("invalid-parameter");
	}

	@Test
	void stockNeverGoesBelowZero() {
		stock.receive(tshirt, "madrid", 3);

		Response refused = stock.adjust(tshirt, "madrid", -4, "damaged");

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("stock-below-zero");
		assertThat(refused.json().get("detail").asString()).contains("3 units on hand at madrid", "at most 3");
		assertThat(stock.totals(tshirt)[0]).isEqualTo(3);
		assertThat(stock.adjustments("?product=" + tshirt).json().get("items")).hasSize(1);
	}

	@Test
	void aRefusedFirstAdjustmentLeavesNoTrace() {
		Response refused = stock.adjust(tshirt, "bcn", -1, "correction");

		assertThat(refused.problemType()).isEqualTo("stock-below-zero");
		assertThat(stock.level(tshirt).json().get("locations")).isEmpty();
		assertThat(stock.adjustments("?product=" + tshirt).json().get("items")).isEmpty();
	}

	@Test
	void stockNeverGoesBelowWhatIsReserved() {
		stock.receive(tshirt, "madrid", 5);
		StockCalls.id(stock.reserve("cart-1", line(tshirt, 3)));

		Response refused = stock.adjust(tshirt, "madrid", -3, "damaged");
		Response allowed = stock.adjust(tshirt, "madrid", -2, "damaged");

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("stock-below-reserved");
		assertThat(refused.json().get("detail").asString()).contains("3 of the 5 units", "at most 2 can be removed");
		assertThat(refused.json().get("reserved").asLong()).isEqualTo(3);
		assertThat(allowed.status()).isEqualTo(201);
		assertThat(stock.totals(tshirt)).containsExactly(3, 3, 0);
	}

	@Test
	void eachReasonMovesStockItsOwnWay() {
		Response receivedNegative = stock.adjust(tshirt, "madrid", -1, "received");
		Response damagedPositive = stock.adjust(tshirt, "madrid", 1, "damaged");
		Response zero = stock.adjust(tshirt, "madrid", 0, "correction");
		Response sold = stock.adjust(tshirt, "madrid", -1, "sold");
		Response unknown = stock.adjust(tshirt, "madrid", 1, "found");

		assertThat(receivedNegative.status()).isEqualTo(400);
		assertThat(receivedNegative.json().get("detail").asString()).contains("must be positive for reason 'received'");
		assertThat(damagedPositive.json().get("detail").asString()).contains("must be negative for reason 'damaged'");
		assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("delta");
		assertThat(sold.json().get("detail").asString()).as("only Plaza records sales")
			.contains("[received, counted, damaged, returned, correction]");
		assertThat(unknown.problemType()).isEqualTo("validation");
		assertThat(stock.adjustments("?product=" + tshirt).json().get("items")).isEmpty();
	}

	@Test
	void anUnknownProductOrLocationIs422AndAMalformedRequest400() {
		Response unknownProduct = stock.adjust(UUID.randomUUID(), "madrid", 1, "received");
		Response unknownSku = stock.adjustWith("{\"sku\": \"NOPE\", \"location\": \"madrid\", \"delta\": 1, \"reason\": \"received\"}");
		Response unknownLocation = stock.adjust(tshirt, "lisbon", 1, "received");
		Response both = stock.adjustWith("""
				{"productId": "%s", "sku": "TSHIRT-M", "location": "madrid", "delta": 1, "reason": "received"}""".formatted(tshirt));
		Response unknownField = stock.adjustWith("""
				{"productId": "%s", "location": "madrid", "delta": 1, "reason": "received", "by": "me"}""".formatted(tshirt));
		Response longNote = stock.adjustWith("""
				{"productId": "%s", "location": "madrid", "delta": 1, "reason": "received", "note": "%s"}"""
			.formatted(tshirt, "n".repeat(501)));

		assertThat(unknownProduct.status()).isEqualTo(422);
		assertThat(unknownProduct.problemType()).isEqualTo("unknown-reference");
		assertThat(unknownSku.json().get("detail").asString()).contains("SKU 'NOPE'");
		assertThat(unknownLocation.status()).isEqualTo(422);
		assertThat(unknownLocation.json().get("detail").asString()).isEqualTo("Fix these fields and retry: location names "
				+ "no stock location of this shop ('lisbon'); create it with PUT /api/v1/stock/locations/lisbon first.");
		assertThat(unknownLocation.json().get("errors").get(0).get("reason").asString())
			.isEqualTo("names no stock location of this shop ('lisbon'); create it with PUT /api/v1/stock/locations/lisbon first");
		assertThat(both.status()).isEqualTo(400);
		assertThat(unknownField.problemType()).isEqualTo("unknown-field");
		assertThat(longNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
	}

	@Test
	void aRetriedAdjustmentWithTheSameIdempotencyKeyCountsOnce() {
		String body = "{\"productId\": \"%s\", \"location\": \"madrid\", \"delta\": 6, \"reason\": \"received\"}".formatted(tshirt);

		Response first = stock.adjustWith(body, "Idempotency-Key", "delivery-4711");
		Response retry = stock.adjustWith(body, "Idempotency-Key", "delivery-4711");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(stock.totals(tshirt)[0]).isEqualTo(6);
	}

	@Test
	void onlyCatalogWritersAdjustAndReadersOnlyRead() {
		stock.receive(tshirt, "madrid", 2);
		StockCalls reader = stock.withScopes("tenant:read");
		StockCalls cart = stock.withScopes("reservations:write");

		assertThat(reader.adjust(tshirt, "madrid", 1, "received").status()).isEqualTo(403);
		assertThat(cart.adjust(tshirt, "madrid", 1, "received").status()).isEqualTo(403);
		assertThat(reader.putLocation("x", "X").status()).isEqualTo(403);
		assertThat(reader.level(tshirt).json().get("onHand").asLong()).isEqualTo(2);
		assertThat(cart.level(tshirt).json().get("onHand").asLong()).isEqualTo(2);
		assertThat(reader.adjustments("?product=" + tshirt).json().get("items")).hasSize(1);
	}
}
