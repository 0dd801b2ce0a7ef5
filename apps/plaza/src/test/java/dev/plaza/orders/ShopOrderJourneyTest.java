package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A shop's customer fills a cart, checks out, pays, and the order is confirmed with its stock taken off the shelf. */
@PlazaTest
class ShopOrderJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void cartToOrderToPaymentToConfirmedWithTaxStockSettlementAndEmail() throws Exception {
		OrderCalls shop = OrderCalls.newTenant(plaza);
		UUID shirt = shop.product(1999, "standard", 10);
		UUID book = shop.product(2500, "super-reduced", 3);

		// Cart: adding reserves stock at once; removing gives it back.
		UUID cart = shop.cart();
		assertThat(shop.addProduct(cart, shirt, 2).status()).isEqualTo(201);
		Response withBook = shop.addProduct(cart, book, 1);
		assertThat(withBook.status()).as(withBook.text()).isEqualTo(201);
		assertThat(shop.available(shirt)).isEqualTo(8);
		Response extra = shop.addProduct(cart, book, 1);
		String extraItem = extra.json().get("items").get(2).get("id").asString();
		assertThat(shop.available(book)).isEqualTo(1);
		Response removed = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/carts/" + cart + "/items/" + extraItem))
			.header("Authorization", "Bearer " + shop.token).DELETE());
		assertThat(removed.status()).as(removed.text()).isEqualTo(200);
		assertThat(removed.json().get("items")).hasSize(2);
		assertThat(shop.available(book)).isEqualTo(2);

		// Order: totals and Spanish VAT from gross prices, awaiting payment, with its payment.
		Response placed = shop.order(cart);
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		JsonNode order = placed.json();
		UUID id = UUID.fromString(order.get("id").asString());
		assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + id);
		assertThat(order.get("status").asString()).isEqualTo("awaiting_payment");
		assertThat(order.get("currency").asString()).isEqualTo("EUR");
		assertThat(order.get("country").asString()).isEqualTo("ES");
		assertThat(order.get("total").asLong()).isEqualTo(2 * 1999 + 2500);
		// 3998 × 21/121 = 693.85… → 694; 2500 × 4/104 = 96.15… → 96
		assertThat(order.get("lines").get(0).get("tax").asLong()).isEqualTo(694);
		assertThat(order.get("lines").get(0).get("taxRatePercent").asInt()).isEqualTo(21);
		assertThat(order.get("lines").get(1).get("tax").asLong()).isEqualTo(96);
		assertThat(order.get("tax").asLong()).isEqualTo(694 + 96);
		Response payment = plaza.get("/api/v1/payments/" + order.get("paymentId").asString(), shop.token);
		assertThat(payment.json().get("amount").asLong()).isEqualTo(6498);
		assertThat(payment.json().get("reference").asString()).isEqualTo(id.toString());

		// Pay: the order is paid, then confirmed in the background, and the stock leaves the shelf once.
		Response paid = shop.pay(order, "tok_approve");
		assertThat(paid.status()).as(paid.text()).isEqualTo(200);
		shop.awaitStatus(id, "confirmed");
		assertThat(shop.onHand(shirt)).isEqualTo(8);
		assertThat(shop.onHand(book)).isEqualTo(2);
		JsonNode confirmed = shop.get(id).json();
		assertThat(confirmed.get("paid").asLong()).isEqualTo(6498);
		assertThat(statuses(confirmed)).containsExactly("awaiting_payment", "paid", "confirmed");

		// Settlement: 6498 paid, 3 % fee (194.94 → 195) to the platform, the rest to the shop.
		JsonNode accounts = confirmed.get("ledgerAccounts");
		assertThat(shop.balance(accounts.get("receivable").asString())).isEqualTo(6498 - 195);
		assertThat(shop.balance(accounts.get("fees").asString())).isEqualTo(195);
		assertThat(shop.balance(accounts.get("clearing").asString())).isEqualTo(-6498);

		// The confirmation reaches the customer's mailbox, without tickets: a shop issues none.
		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> smtp.getReceivedMessagesForDomain(shop.mailDomain), received -> received.length == 1)[0];
		assertThat(mail.getSubject()).isEqualTo("Your order " + id);
		StringBuilder text = new StringBuilder();
		List<String> attached = new ArrayList<>();
		CinemaOrderJourneyTest.read(mail, text, attached);
		assertThat(text).contains("Total: 64.98 EUR (tax included: 7.90 EUR)");
		assertThat(attached).isEmpty();

		// Handed over: fulfilled.
		assertThat(shop.fulfil(id).json().get("status").asString()).isEqualTo("fulfilled");
	}

	@Test
	void aRetriedCheckoutAnswersTheSameOrderAndAnotherCheckoutOfTheCartIsRefused() {
		OrderCalls shop = OrderCalls.newTenant(plaza);
		UUID cart = shop.cart();
		shop.addProduct(cart, shop.product(1000, "standard", 5), 1);

		Response first = shop.order(cart, "checkout-1");
		Response retried = shop.order(cart, "checkout-1");
		Response another = shop.order(cart, "checkout-2");

		assertThat(created(first)).isEqualTo(created(retried));
		assertThat(another.status()).isEqualTo(409);
		assertThat(another.problemType()).isEqualTo("cart-already-ordered");
		assertThat(another.json().get("orderId").asString()).as("the order the cart became")
			.isEqualTo(created(first).toString());
	}

	static List<String> statuses(JsonNode order) {
		List<String> statuses = new ArrayList<>();
		order.get("history").forEach(entry -> statuses.add(entry.get("status").asString()));
		return statuses;
	}
}
