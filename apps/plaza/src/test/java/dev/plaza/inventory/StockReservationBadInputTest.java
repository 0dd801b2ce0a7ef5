package dev.plaza.inventory;

import static dev.plaza.inventory.StockCalls.line;
import static dev.plaza.inventory.StockCalls.sku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every way a reservation request can be wrong answers a problem that says what to fix, and reserves nothing. */
@PlazaTest
class StockReservationBadInputTest {

	@Autowired
	PlazaClient plaza;

	StockCalls stock;

	UUID tshirt;

	@BeforeEach
	void aShopWithStock() {
		stock = StockCalls.newShop(plaza);
		stock.location("madrid");
		tshirt = stock.products.product("TSHIRT-M");
		stock.receive(tshirt, "madrid", 5);
	}

	@AfterEach
	void nothingWasReserved() {
		assertThat(stock.totals(tshirt)).containsExactly(5, 0, 5);
	}

	@Test
	void anEmptyOrMissingListOfLinesIs400() {
		Response empty = stock.reserve("cart-1");
		Response missing = stock.reserveWith("{\"customer\": \"cart-1\"}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(fields(empty)).containsExactly("lines");
		assertThat(fields(missing)).containsExactly("lines");
	}

	@Test
	void everyBrokenLineIsListedInOneAnswer() {
		Response refused = stock.reserveWith("""
				{"customer": " ", "ttlSeconds": 0, "lines": [
				  {"productId": "%s", "quantity": 0},
				  {"sku": "TSHIRT-M", "productId": "%s", "quantity": 1},
				  {"quantity": 1},
				  {"sku": "MUG-1", "quantity": 1, "location": "no spaces allowed"},
				  {"sku": "MUG-1"}]}""".formatted(tshirt, tshirt));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("validation");
		assertThat(fields(refused)).containsExactlyInAnyOrder("customer", "ttlSeconds", "lines[0].quantity", "lines[1]",
				"lines[2]", "lines[3].location", "lines[4]", "lines[4].quantity");
	}

	@Test
	void aProductNamedTwiceIs400() {
		Response byIdAndSku = stock.reserve("cart-1", line(tshirt, 1), sku("TSHIRT-M", 1));

		assertThat(byIdAndSku.status()).as(byIdAndSku.text()).isEqualTo(400);
		assertThat(byIdAndSku.json().get("detail").asString()).contains("lines[1] names product TSHIRT-M as lines[0] does");
	}

	@Test
	void aProductOrLocationTheShopDoesNotHaveIs422NamingTheLine() {
		UUID unknown = UUID.randomUUID();
		UUID othersProduct = StockCalls.newShop(plaza).products.product("TSHIRT-M");

		Response products = stock.reserve("cart-1", line(tshirt, 1), line(unknown, 1), sku("NOPE", 1), line(othersProduct, 1));
		Response location = stock.reserve("cart-1", line(tshirt, 1, "lisbon"));

		assertThat(products.status()).as(products.text()).isEqualTo(422);
		assertThat(products.problemType()).isEqualTo("unknown-reference");
		assertThat(fields(products)).containsExactly("lines[1].productId", "lines[2].sku", "lines[3].productId");
		assertThat(location.status()).isEqualTo(422);
		assertThat(fields(location)).containsExactly("lines[0].location");
		assertThat(location.json().get("detail").asString()).isEqualTo("Fix these fields and retry: lines[0].location "
				+ "names no stock location of this shop ('lisbon'); create it with PUT /api/v1/stock/locations/lisbon first.");
		assertThat(location.json().get("errors").get(0).get("reason").asString())
			.isEqualTo("names no stock location of this shop ('lisbon'); create it with PUT /api/v1/stock/locations/lisbon first");
	}

	@Test
	void aTtlBeyondTheLimitIs400() {
		Response refused = stock.reserve("cart-1", 7201, line(tshirt, 1));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("ttlSeconds must be between 1 and 7200 seconds");
	}

	@Test
	void anUnknownFieldOrWrongTypeIs400() {
		Response unknown = stock.reserveWith("""
				{"customer": "cart-1", "lines": [{"productId": "%s", "quantity": 1, "price": 100}]}""".formatted(tshirt));
		Response wrongType = stock.reserveWith("""
				{"customer": "cart-1", "lines": [{"productId": "%s", "quantity": "many"}]}""".formatted(tshirt));

		assertThat(unknown.problemType()).isEqualTo("unknown-field");
		assertThat(unknown.json().get("field").asString()).isEqualTo("lines[0].price");
		assertThat(wrongType.problemType()).isEqualTo("validation");
		assertThat(wrongType.json().get("field").asString()).isEqualTo("lines[0].quantity");
	}

	@Test
	void aQuantityBeyondStockIs409NotAValidationError() {
		Response refused = stock.reserve("cart-1", line(tshirt, 6));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("lines").get(0).get("available").asLong()).isEqualTo(5);
	}

	private static List<String> fields(Response problem) {
		return problem.json().get("errors").valueStream().map(error -> error.get("field")).map(JsonNode::asString).toList();
	}
}
