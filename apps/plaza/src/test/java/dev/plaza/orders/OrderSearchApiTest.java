package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * Staff find orders over the API as the back office does: by the customer's e-mail whatever its case,
 * by status and by the days they were placed, a page at a time; and send a customer their
 * confirmation e-mail again.
 */
@PlazaTest
class OrderSearchApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void ordersAreFoundByCustomerEmailStatusAndDayNewestFirstAPageAtATime() {
		OrderCalls shop = OrderCalls.newTenant(plaza);
		UUID product = shop.product(1000, "standard", 10);
		UUID anaFirst = placedFor(shop, "ana", product);
		UUID bob = placedFor(shop, "bob", product);
		UUID anaSecond = placedFor(shop, "ana", product);
		JsonNode paid = shop.get(anaSecond).json();
		assertThat(shop.pay(paid, "tok_approve").status()).isEqualTo(200);
		shop.awaitStatus(anaSecond, "confirmed");

		String ana = "ANA@" + shop.mailDomain.toUpperCase();
		assertThat(ids(list(shop, "?email=" + ana))).containsExactly(anaSecond, anaFirst);
		assertThat(ids(list(shop, "?email=" + ana + "&status=awaiting_payment"))).containsExactly(anaFirst);
		assertThat(ids(list(shop, "?status=confirmed"))).containsExactly(anaSecond);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		assertThat(ids(list(shop, "?from=" + today + "&to=" + today))).containsExactly(anaSecond, bob, anaFirst);
		assertThat(ids(list(shop, "?from=" + tomorrow))).isEmpty();

		JsonNode first = list(shop, "?limit=2");
		assertThat(ids(first)).containsExactly(anaSecond, bob);
		JsonNode second = list(shop, "?limit=2&cursor=" + first.get("nextCursor").asString());
		assertThat(ids(second)).containsExactly(anaFirst);
		assertThat(second.has("nextCursor")).isFalse();
		JsonNode summary = list(shop, "?status=confirmed").get("items").get(0);
		assertThat(summary.get("email").asString()).isEqualTo("ana@" + shop.mailDomain);
		assertThat(summary.get("total").asLong()).isEqualTo(1000);
		assertThat(summary.get("paid").asLong()).isEqualTo(1000);
		assertThat(summary.get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void aFilterThatCannotBeReadIsRefusedNamingIt() {
		OrderCalls shop = OrderCalls.newTenant(plaza);
		Response status = plaza.get("/api/v1/orders?status=lost", shop.token);
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.problemType()).isEqualTo("invalid-parameter");
		assertThat(status.json().get("parameter").asString()).isEqualTo("status");
		assertThat(status.json().get("detail").asString()).contains("awaiting_payment");
		Response day = plaza.get("/api/v1/orders?to=31/03/2026", shop.token);
		assertThat(day.status()).isEqualTo(400);
		assertThat(day.json().get("parameter").asString()).isEqualTo("to");
		assertThat(day.json().get("detail").asString()).contains("YYYY-MM-DD");
	}

	@Test
	void aConfirmedOrdersEmailIsSentAgainAndAnUnconfirmedOneIsRefused() throws Exception {
		OrderCalls shop = OrderCalls.newTenant(plaza);
		UUID product = shop.product(1500, "standard", 5);
		UUID unpaid = placedFor(shop, "ana", product);
		Response early = plaza.postJson("/api/v1/orders/" + unpaid + "/confirmation-email", shop.token, "");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.problemType()).isEqualTo("order-not-confirmed");

		UUID order = placedFor(shop, "cleo", product);
		assertThat(shop.pay(shop.get(order).json(), "tok_approve").status()).isEqualTo(200);
		shop.awaitStatus(order, "confirmed");
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessagesForDomain(shop.mailDomain).length == 1);

		Response again = plaza.postJson("/api/v1/orders/" + order + "/confirmation-email", shop.token, "");
		assertThat(again.status()).as(again.text()).isEqualTo(202);
		MimeMessage[] received = await().atMost(Duration.ofSeconds(20))
			.until(() -> smtp.getReceivedMessagesForDomain(shop.mailDomain), mails -> mails.length == 2);
		assertThat(received[1].getSubject()).isEqualTo("Your order " + order);
		assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("cleo@" + shop.mailDomain);
	}

	private static UUID placedFor(OrderCalls shop, String customer, UUID product) {
		UUID cart = shop.cartFor(customer);
		assertThat(shop.addProduct(cart, product, 1).status()).isEqualTo(201);
		return OrderCalls.id(shop.placed(cart));
	}

	private JsonNode list(OrderCalls shop, String query) {
		Response answer = plaza.get("/api/v1/orders" + query, shop.token);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json();
	}

	private static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
		return ids;
	}
}
