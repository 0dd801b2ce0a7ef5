package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.platform.TenantContext;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cinema cancels a showtime it has sold seats for: the orders follow by themselves — tickets void,
 * money back, the customer e-mailed, the tenant's endpoint told — and an order still awaiting payment can
 * no longer be completed.
 */
@PlazaTest
class ShowtimeCancellationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	final List<JsonNode> announced = new CopyOnWriteArrayList<>();

	HttpServer receiver;

	OrderCalls cinema;

	UUID showtime;

	@BeforeEach
	void aCinemaWithAWebhookEndpoint() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				announced.add(JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		cinema = OrderCalls.newTenant(plaza);
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", cinema.token, """
				{"url": "http://127.0.0.1:%d/orders", "eventTypes": ["order.cancelled"], "description": "Box office"}"""
			.formatted(receiver.getAddress().getPort()));
		assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
		showtime = cinema.showtime();
	}

	@Test
	void aPaidOrderIsCancelledRefundedItsTicketsVoidedAndTheCustomerAndTenantAreTold() throws Exception {
		JsonNode paid = orderFor("ana", "A2", "A3");
		cinema.pay(paid, "tok_approve");
		cinema.awaitStatus(id(paid), "confirmed");
		JsonNode unpaid = orderFor("bea", "B1");

		Response cancelled = cinema.catalog.cancel(showtime);

		assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(204);
		cinema.awaitStatus(id(paid), "cancelled");
		await().atMost(Duration.ofSeconds(20)).until(() -> cinema.get(id(paid)).json().get("refunded").asLong() == 1900);
		JsonNode order = cinema.get(id(paid)).json();
		assertThat(order.get("tickets")).hasSize(2).allSatisfy(ticket -> assertThat(ticket.get("status").asString()).isEqualTo("void"));
		assertThat(order.get("history").toString()).contains("The showtime of seats A2, A3 was cancelled");
		JsonNode payment = plaza.get("/api/v1/payments/" + paid.get("paymentId").asString(), cinema.token).json();
		assertThat(payment.get("refundedAmount").asLong()).isEqualTo(1900);
		cinema.awaitStatus(id(unpaid), "cancelled");

		MimeMessage toAna = await().atMost(Duration.ofSeconds(20)).until(() -> cancellationTo("ana"), mail -> mail != null);
		assertThat(toAna.getSubject()).contains("Showtime cancelled");
		assertThat(body(toAna)).contains("seat A2").contains("seat A3").contains("no longer valid")
			.contains("We are refunding 19.00 EUR");
		MimeMessage toBea = await().atMost(Duration.ofSeconds(20)).until(() -> cancellationTo("bea"), mail -> mail != null);
		assertThat(body(toBea)).contains("Nothing was charged");
		await().atMost(Duration.ofSeconds(20)).until(() -> announced.size() >= 2);
		assertThat(announced).allSatisfy(event -> assertThat(event.get("type").asString()).isEqualTo("order.cancelled"));
		assertThat(announced).extracting(event -> event.get("data").get("orderId").asString())
			.containsExactlyInAnyOrder(id(paid).toString(), id(unpaid).toString());

		// The customer pays the cancelled order after all: charged, and given it all back.
		assertThat(cinema.pay(unpaid, "tok_approve").json().get("status").asString()).isEqualTo("succeeded");
		await().atMost(Duration.ofSeconds(20)).until(() -> cinema.get(id(unpaid)).json().get("refunded").asLong() == 1800);
		assertThat(cinema.status(id(unpaid))).isEqualTo("cancelled");

		// The event comes again, as the outbox delivers it after a crash: nothing more happens.
		TenantContext.runAs(cinema.catalog.tenant, () -> transactions.executeWithoutResult(status -> events.publishEvent(
				new ShowtimeCancelled(cinema.catalog.tenant, new ShowtimeId(showtime)))));
		Thread.sleep(2_000); // a second e-mail, refund or announcement would have come by now
		assertThat(Arrays.stream(smtp.getReceivedMessagesForDomain(cinema.mailDomain)).filter(mail -> subject(mail)
			.contains("Showtime cancelled"))).hasSize(2);
		assertThat(cinema.get(id(paid)).json().get("refunded").asLong()).isEqualTo(1900);
		assertThat(plaza.get("/api/v1/payments/" + paid.get("paymentId").asString(), cinema.token).json().get("refunds"))
			.hasSize(1);
		assertThat(announced).hasSize(2);
	}

	@Test
	void aConfirmedOrderWithProductsKeepsThemAndGetsTheShowtimesSeatsRefunded() throws Exception {
		UUID popcorn = cinema.product(500, "reduced", 4);
		UUID cart = cinema.cartFor("carla");
		assertThat(cinema.addHold(cart, cinema.hold(showtime, "A2")).status()).isEqualTo(201);
		assertThat(cinema.addProduct(cart, popcorn, 2).status()).isEqualTo(201);
		JsonNode placed = cinema.placed(cart);
		cinema.pay(placed, "tok_approve");
		cinema.awaitStatus(id(placed), "confirmed");

		assertThat(cinema.catalog.cancel(showtime).status()).isEqualTo(204);

		await().atMost(Duration.ofSeconds(20)).until(() -> cinema.get(id(placed)).json().get("refunded").asLong() == 950);
		cinema.awaitStatus(id(placed), "partially_refunded");
		JsonNode order = cinema.get(id(placed)).json();
		assertThat(order.get("tickets").get(0).get("status").asString()).isEqualTo("void");
		assertThat(cinema.onHand(popcorn)).as("the popcorn was handed over").isEqualTo(2);
		MimeMessage toCarla = await().atMost(Duration.ofSeconds(20)).until(() -> cancellationTo("carla"), mail -> mail != null);
		assertThat(body(toCarla)).contains("The rest of your order").contains("We are refunding 9.50 EUR");
		Thread.sleep(1_000);
		assertThat(announced).as("the order is not cancelled").isEmpty();
	}

	private JsonNode orderFor(String customer, String... seats) {
		UUID cart = cinema.cartFor(customer);
		assertThat(cinema.addHold(cart, cinema.holdFor("customer-" + customer, showtime, seats)).status()).isEqualTo(201);
		return cinema.placed(cart);
	}

	private MimeMessage cancellationTo(String name) throws MessagingException {
		for (MimeMessage mail : smtp.getReceivedMessagesForDomain(cinema.mailDomain)) {
			if (mail.getAllRecipients()[0].toString().equals(name + "@" + cinema.mailDomain)
					&& subject(mail).contains("Showtime cancelled")) {
				return mail;
			}
		}
		return null;
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) throws Exception {
		StringBuilder text = new StringBuilder();
		CinemaOrderJourneyTest.read(mail, text, new ArrayList<>());
		return text.toString();
	}

	@AfterEach
	void stop() {
		receiver.stop(0);
	}
}
