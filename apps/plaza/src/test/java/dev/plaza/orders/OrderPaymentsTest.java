package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the order does with its payment's outcome: once, whatever is repeated, and settled in the ledger. */
@PlazaTest
class OrderPaymentsTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	OrderCalls cinema;

	UUID showtime;

	@BeforeEach
	void aCinema() {
		cinema = OrderCalls.newTenant(plaza);
		showtime = cinema.showtime();
	}

	@Test
	void aDuplicatedWebhookAndARepeatedConfirmConfirmOnceWithOneSetOfTicketsAndOneEmail() throws InterruptedException {
		JsonNode order = orderOf("A2", "A3");
		UUID id = id(order);

		assertThat(cinema.pay(order, "tok_duplicate_webhook").status()).isEqualTo(200);
		assertThat(cinema.pay(order, "tok_duplicate_webhook").json().get("status").asString()).isEqualTo("succeeded");
		cinema.awaitStatus(id, "confirmed");
		await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessagesForDomain(cinema.mailDomain).length == 1);
		Thread.sleep(2_000); // the second webhook and any redelivery would have acted by now

		JsonNode confirmed = cinema.get(id).json();
		assertThat(ShopOrderJourneyTest.statuses(confirmed)).containsExactly("awaiting_payment", "paid", "confirmed");
		assertThat(confirmed.get("tickets")).hasSize(2);
		assertThat(smtp.getReceivedMessagesForDomain(cinema.mailDomain)).hasSize(1);
		assertThat(cinema.balance(confirmed.get("ledgerAccounts").get("receivable").asString())).isEqualTo(1900 - 57);
		assertThat(cinema.balance(confirmed.get("ledgerAccounts").get("fees").asString())).isEqualTo(57);
	}

	@Test
	void refundsGiveBackPartThenAllAndTheLedgerReversesTheSettlement() {
		JsonNode order = orderOf("B1");
		UUID id = id(order);
		cinema.pay(order, "tok_approve");
		cinema.awaitStatus(id, "confirmed");
		JsonNode accounts = order.get("ledgerAccounts");

		Response tooMuch = cinema.refund(id, "{\"amount\": 1801}");
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.problemType()).isEqualTo("refund-exceeds-paid");
		assertThat(tooMuch.json().get("refundable").asLong()).isEqualTo(1800);

		Response part = cinema.refund(id, "{\"amount\": 600}");
		assertThat(part.status()).as(part.text()).isEqualTo(201);
		cinema.awaitStatus(id, "partially_refunded");
		assertThat(cinema.get(id).json().get("refunded").asLong()).isEqualTo(600);
		assertThat(cinema.balance(accounts.get("fees").asString())).isEqualTo(54 - 18);

		assertThat(cinema.refund(id, "{\"amount\": 1201}").problemType()).isEqualTo("refund-exceeds-paid");
		assertThat(cinema.refund(id, "{}").status()).isEqualTo(201);
		cinema.awaitStatus(id, "refunded");
		assertThat(cinema.balance(accounts.get("receivable").asString())).isZero();
		assertThat(cinema.balance(accounts.get("fees").asString())).isZero();
		assertThat(cinema.balance(accounts.get("clearing").asString())).isZero();
	}

	@Test
	void customerCareRefundsNamedAmountsUpToTheSupportLimitOnly() {
		JsonNode order = orderOf("B1");
		UUID id = id(order);
		cinema.pay(order, "tok_approve");
		cinema.awaitStatus(id, "confirmed");
		String support = plaza.tenantCaller(plaza.adminToken(), cinema.catalog.tenant.toString(),
				Role.SUPPORT.scopes().toArray(String[]::new)).token();

		Response small = plaza.postJson("/api/v1/orders/" + id + "/refunds", support, "{\"amount\": 500}");
		Response aboveLimit = plaza.postJson("/api/v1/orders/" + id + "/refunds", support, "{\"amount\": 5001}");
		Response everything = plaza.postJson("/api/v1/orders/" + id + "/refunds", support, "{}");

		assertThat(small.status()).as(small.text()).isEqualTo(201);
		assertThat(aboveLimit.status()).isEqualTo(403);
		assertThat(aboveLimit.problemType()).isEqualTo("insufficient-scope");
		assertThat(aboveLimit.json().get("detail").asString()).contains("at most 50.00 EUR").contains("orders:write");
		assertThat(everything.status()).isEqualTo(403);
		cinema.awaitStatus(id, "partially_refunded");
		assertThat(cinema.get(id).json().get("refunded").asLong()).isEqualTo(500);
	}

	@Test
	void aRefundRightAfterAnotherIsMeasuredAgainstWhatIsLeftNowAndReadsAsMoney() {
		JsonNode order = orderOf("B1");
		UUID id = id(order);
		cinema.pay(order, "tok_approve");
		cinema.awaitStatus(id, "confirmed");

		assertThat(cinema.refund(id, "{\"amount\": 600}").status()).isEqualTo(201);
		Response tooMuch = cinema.refund(id, "{\"amount\": 1300}");

		assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
		assertThat(tooMuch.problemType()).isEqualTo("refund-exceeds-paid");
		assertThat(tooMuch.json().get("refundable").asLong()).isEqualTo(1200);
		assertThat(tooMuch.json().get("detail").asString()).contains("At most 12.00 EUR").contains("paid 18.00 EUR");
		cinema.awaitStatus(id, "partially_refunded");
		assertThat(cinema.get(id).json().get("history").toString()).contains("Refunded 6.00 EUR (6.00 EUR of 18.00 EUR in all)");
	}

	@Test
	void aDeclinedPaymentCancelsTheOrderAndFreesItsSeats() {
		JsonNode order = orderOf("A2");

		assertThat(cinema.pay(order, "tok_decline").json().get("status").asString()).isEqualTo("failed");

		cinema.awaitStatus(id(order), "cancelled");
		assertThat(cinema.get(id(order)).json().get("history").get(1).get("reason").asString()).contains("generic_decline");
		assertThat(cinema.seatStatuses(showtime)).containsEntry("A2", "free");
	}

	@Test
	void anUnpaidOrderExpiresReleasingItsSeatsAndStockAndALatePaymentIsRefunded() {
		assertThat(cinema.putSettings("{\"country\": \"ES\", \"currency\": \"EUR\", \"paymentDeadlineSeconds\": 1}").status())
			.isEqualTo(200);
		UUID product = cinema.product(500, "reduced", 4);
		UUID cart = cinema.cart();
		cinema.addHold(cart, cinema.hold(showtime, "A3"));
		cinema.addProduct(cart, product, 3);
		JsonNode order = cinema.placed(cart);
		UUID id = id(order);
		assertThat(cinema.available(product)).isEqualTo(1);

		cinema.awaitStatus(id, "expired");

		assertThat(cinema.seatStatuses(showtime)).containsEntry("A3", "free");
		assertThat(cinema.available(product)).isEqualTo(4);
		assertThat(cinema.pay(order, "tok_approve").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> cinema.get(id).json().get("refunded").asLong() == 950 + 1500);
		JsonNode expired = cinema.get(id).json();
		assertThat(expired.get("status").asString()).isEqualTo("expired");
		assertThat(expired.get("history").toString()).contains("arrived after the order was expired");
		assertThat(cinema.onHand(product)).isEqualTo(4);
		assertThat(cinema.balance(expired.get("ledgerAccounts").get("receivable").asString())).isZero();
	}

	@Test
	void anOrderMustBePaidBeforeItsHoldExpiresAndExpiresWithIt() {
		cinema.holdsLast(2);
		UUID hold = cinema.hold(showtime, "B2");
		UUID cart = cinema.cart();
		cinema.addHold(cart, hold);

		JsonNode order = cinema.placed(cart);

		String holdExpiry = plaza.get("/api/v1/holds/" + hold, cinema.token).json().get("expiresAt").asString();
		assertThat(Instant.parse(order.get("paymentDeadline").asString())).isEqualTo(Instant.parse(holdExpiry));
		cinema.awaitStatus(id(order), "expired");
		assertThat(cinema.seatStatuses(showtime)).containsEntry("B2", "free");
	}

	@Test
	void seatsLostBeforeConfirmationCancelTheOrderAndRefundItInFull() {
		JsonNode order = orderOf("A2");
		// The hold is given up behind the order's back (at the box office, say) and someone else takes the seat.
		UUID hold = UUID.fromString(order.get("lines").get(0).get("holdId").asString());
		assertThat(plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/holds/" + hold))
			.header("Authorization", "Bearer " + cinema.token).DELETE()).status()).isEqualTo(204);
		cinema.holdFor("customer-bea", showtime, "A2");

		cinema.pay(order, "tok_approve");

		cinema.awaitStatus(id(order), "cancelled");
		await().atMost(Duration.ofSeconds(20)).until(() -> cinema.get(id(order)).json().get("refunded").asLong() == 950);
		assertThat(cinema.get(id(order)).json().get("history").toString()).contains("Could not be confirmed");
		assertThat(cinema.get(id(order)).json().get("tickets")).isEmpty();
	}

	private JsonNode orderOf(String... seats) {
		UUID cart = cinema.cart();
		assertThat(cinema.addHold(cart, cinema.hold(showtime, seats)).status()).isEqualTo(201);
		return cinema.placed(cart);
	}
}
