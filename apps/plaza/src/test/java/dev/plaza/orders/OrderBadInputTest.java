package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.products.ProductCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every request a caller can get wrong answers a problem saying how to fix it, and changes nothing. */
@PlazaTest
class OrderBadInputTest {

	@Autowired
	PlazaClient plaza;

	OrderCalls shop;

	@BeforeEach
	void aShop() {
		shop = OrderCalls.newTenant(plaza);
	}

	@Test
	void checkoutWithoutAnIdempotencyKeyIsRefused() {
		UUID cart = shop.cart();
		shop.addProduct(cart, shop.product(1000, "standard", 1), 1);

		Response refused = plaza.postJson("/api/v1/orders", shop.token, "{\"cartId\": \"" + cart + "\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("idempotency-key-required");
		assertThat(shop.cartView(cart).json().get("status").asString()).isEqualTo("open");
	}

	@Test
	void anEmptyCartCannotBeOrdered() {
		UUID cart = shop.cart();

		Response refused = shop.order(cart);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("cart-empty");
		assertThat(refused.json().get("detail").asString()).contains("POST /api/v1/carts/" + cart + "/items");
		assertThat(shop.cartView(cart).json().get("status").asString()).isEqualTo("open");
	}

	@Test
	void aCartWithAnExpiredHoldCannotBeOrdered() throws InterruptedException {
		shop.holdsLast(1);
		UUID hold = shop.hold(shop.showtime(), "A2");
		UUID cart = shop.cart();
		assertThat(shop.addHold(cart, hold).status()).isEqualTo(201);
		Thread.sleep(1_500);

		Response refused = shop.order(cart);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("cart-item-lapsed");
		assertThat(refused.json().get("detail").asString()).contains("expired").contains("hold the seats again");
		assertThat(shop.cartView(cart).json().get("status").asString()).isEqualTo("open");
		assertThat(shop.addHold(shop.cart(), hold).problemType()).isEqualTo("cart-item-lapsed");
	}

	@Test
	void aQuantityBeyondStockIsRefusedAndNothingIsReserved() {
		UUID product = shop.product(1000, "standard", 3);
		UUID cart = shop.cart();

		Response refused = shop.addProduct(cart, product, 4);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("insufficient-stock");
		assertThat(refused.json().get("lines").get(0).get("available").asLong()).isEqualTo(3);
		assertThat(shop.available(product)).isEqualTo(3);
		assertThat(shop.cartView(cart).json().get("items")).isEmpty();
	}

	@Test
	void badItemsAreRefusedWithWhatToSend() {
		UUID cart = shop.cart();

		Response noQuantity = plaza.postJson("/api/v1/carts/" + cart + "/items", shop.token,
				"{\"productId\": \"" + shop.product(1000, "standard", 1) + "\"}");
		Response unknownProduct = shop.addProduct(cart, UUID.randomUUID(), 1);
		Response unknownHold = shop.addHold(cart, UUID.randomUUID());
		Response unknownCart = shop.order(UUID.randomUUID());
		Response badEmail = plaza.postJson("/api/v1/carts", shop.token, "{\"customer\": \"c-1\", \"email\": \"not-an-address\"}");

		assertThat(noQuantity.status()).isEqualTo(400);
		assertThat(noQuantity.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
		assertThat(unknownProduct.status()).isEqualTo(422);
		assertThat(unknownProduct.problemType()).isEqualTo("unknown-product");
		assertThat(unknownHold.problemType()).isEqualTo("unknown-hold");
		assertThat(unknownCart.problemType()).isEqualTo("unknown-cart");
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(shop.cartView(cart).json().get("items")).isEmpty();
	}

	@Test
	void refusalsOfCartsAndCheckoutNameTheCallThatFixesThem() {
		UUID product = UUID.randomUUID();
		UUID hold = UUID.randomUUID();
		UUID missing = UUID.randomUUID();
		UUID empty = shop.cart();
		UUID ordered = shop.cart();
		shop.addProduct(ordered, shop.product(1000, "standard", 2), 1);
		UUID order = id(shop.placed(ordered));

		assertThat(shop.addProduct(empty, product, 1).json().get("detail").asString())
			.isEqualTo("The shop has no product " + product + ". Add a product from GET /api/v1/catalog/products.");
		assertThat(shop.addHold(empty, hold).json().get("detail").asString())
			.isEqualTo("There is no seat hold " + hold + ". Hold seats with POST /api/v1/showtimes/{id}/holds first.");
		assertThat(shop.order(missing).json().get("detail").asString())
			.isEqualTo("There is no cart " + missing + ". Create one with POST /api/v1/carts.");
		assertThat(shop.order(empty).json().get("detail").asString()).isEqualTo("The cart " + empty
				+ " is empty. Add products or a seat hold with POST /api/v1/carts/" + empty + "/items first.");
		assertThat(shop.order(ordered).json().get("detail").asString()).isEqualTo("The cart " + ordered + " was made into order "
				+ order + " already. Read it with GET /api/v1/orders/" + order + ", or start a new cart.");
		assertThat(shop.addHold(ordered, hold).json().get("detail").asString()).isEqualTo("The cart " + ordered
				+ " was made into an order and changes no more. Start a new cart with POST /api/v1/carts.");
	}

	@Test
	void aCartPricedInAnotherCurrencyThanTheShopsIsRefused() {
		String sku = CatalogCalls.unique("MUG");
		UUID pounds = CatalogCalls.created(new ProductCalls(shop.catalog).create(ProductCalls.product(sku, "Mug", 900, "GBP")));
		shop.put("/api/v1/stock/locations/" + OrderCalls.LOCATION, "{\"name\": \"Madrid\"}");
		plaza.postJson("/api/v1/stock/adjustments", shop.token, "{\"productId\": \"" + pounds + "\", \"location\": \""
				+ OrderCalls.LOCATION + "\", \"delta\": 5, \"reason\": \"received\"}");
		UUID cart = shop.cart();
		assertThat(shop.addProduct(cart, pounds, 1).status()).isEqualTo(201);

		Response refused = shop.order(cart);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("currency-mismatch");
		assertThat(refused.json().get("detail").asString()).contains("GBP").contains("EUR")
			.endsWith(" Remove the item, or set the shop's currency with PUT /api/v1/orders/settings.");
		assertThat(shop.cartView(cart).json().get("status").asString()).isEqualTo("open");
	}

	@Test
	void settingsMustNameAKnownCountryACurrencyAndADeadline() {
		Response refused = shop.putSettings("{\"country\": \"XX\", \"currency\": \"EURO\", \"paymentDeadlineSeconds\": 0}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors")).hasSize(3);
		assertThat(plaza.get("/api/v1/orders/settings", shop.token).json().get("country").asString()).isEqualTo("ES");

		Response portugal = shop.putSettings("{\"country\": \"PT\", \"currency\": \"EUR\", \"paymentDeadlineSeconds\": 600}");
		assertThat(portugal.status()).as(portugal.text()).isEqualTo(200);
		UUID cart = shop.cart();
		shop.addProduct(cart, shop.product(1230, "standard", 1), 1);
		JsonNode order = shop.placed(cart);
		assertThat(order.get("country").asString()).isEqualTo("PT");
		assertThat(order.get("tax").asLong()).isEqualTo(230); // 1230 × 23/123
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		UUID cart = shop.cart();
		shop.addProduct(cart, shop.product(1000, "standard", 2), 1);
		UUID order = id(shop.placed(cart));

		Response fulfilUnpaid = shop.fulfil(order);
		Response refundUnpaid = shop.refund(order, "{}");

		assertThat(fulfilUnpaid.status()).isEqualTo(409);
		assertThat(fulfilUnpaid.problemType()).isEqualTo("order-transition-refused");
		// The problem's own status stays the HTTP status; the order's has a member of its own.
		assertThat(fulfilUnpaid.json().get("status").asInt()).isEqualTo(409);
		assertThat(fulfilUnpaid.json().get("orderStatus").asString()).isEqualTo("awaiting_payment");
		assertThat(fulfilUnpaid.json().get("requested").asString()).isEqualTo("fulfilled");
		assertThat(refundUnpaid.status()).isEqualTo(409);
		assertThat(shop.status(order)).isEqualTo("awaiting_payment");

		assertThat(shop.cancel(order).json().get("status").asString()).isEqualTo("cancelled");
		Response cancelAgain = shop.cancel(order);
		assertThat(cancelAgain.status()).isEqualTo(409);
		assertThat(cancelAgain.json().get("detail").asString()).contains("cancelled cannot become cancelled");
		assertThat(shop.pay(shop.get(order).json(), "tok_approve").status()).isEqualTo(200);
		Response paidCancelled = shop.fulfil(order);
		assertThat(paidCancelled.status()).isEqualTo(409);
	}
}
