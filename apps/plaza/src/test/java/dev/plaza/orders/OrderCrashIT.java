package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.Settings;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaProcess;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plaza killed with SIGKILL between payment and confirmation loses nothing and does nothing twice:
 * some orders are paid while it is being killed, and some are charged by the processor while it is
 * down; after a restart every one of them is confirmed exactly once — its seats sold, two tickets, one
 * e-mail, one settlement in the ledger.
 */
class OrderCrashIT {

	private static final int ORDERS = 10;

	/** Charged by the processor a second after the kill, while Plaza is down; settled after the restart. */
	private static final int CHARGED_WHILE_DOWN = 3;

	private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	private CardProcessorSimulator processor;

	private PlazaProcess plaza;

	@Test
	void everyPaidOrderIsConfirmedExactlyOnceAcrossAKill() throws Exception {
		smtp.start();
		String apiKey = "sk_it_" + UUID.randomUUID().toString().replace("-", "");
		String webhookSecret = "whsec_it_" + UUID.randomUUID().toString().replace("-", "");
		processor = CardProcessorSimulator.start(Settings.defaults().withApiKey(apiKey).withWebhookSecret(webhookSecret)
			.withPendingDelay(Duration.ofSeconds(1)));
		plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET)
			.with("SPRING_MAIL_HOST", "127.0.0.1")
			.with("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()))
			.with("PLAZA_NOTIFICATIONS_POLLINTERVAL", "200ms")
			.with("PLAZA_PAYMENTS_PROCESSORURL", processor.baseUrl().toString())
			.with("PLAZA_PAYMENTS_APIKEY", apiKey)
			.with("PLAZA_PAYMENTS_WEBHOOKSECRET", webhookSecret)
			.with("PLAZA_PAYMENTS_VERIFYAFTER", "1s");
		plaza.start();
		processor.sendWebhooksTo(plaza.client().uri("/api/v1/payments/webhooks/card-processor"));

		OrderCalls cinema = OrderCalls.newTenant(plaza.client());
		assertThat(cinema.put("/api/v1/reservations/settings", """
				{"clientRate": {"perSecond": 1000, "burst": 1000}, "ipRate": {"perSecond": 1000, "burst": 1000}}""").status())
			.isEqualTo(200);
		List<JsonNode> orders = new ArrayList<>();
		List<UUID> showtimes = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			UUID showtime = cinema.showtime();
			UUID cart = cinema.cartFor("customer" + i);
			assertThat(cinema.addHold(cart, cinema.holdFor("customer-" + i, showtime, "A2", "A3")).status()).isEqualTo(201);
			orders.add(cinema.placed(cart));
			showtimes.add(showtime);
		}

		for (int i = 0; i < CHARGED_WHILE_DOWN; i++) {
			assertThat(cinema.pay(orders.get(i), "tok_pending").status()).isEqualTo(202);
		}
		// The kill comes the moment the first payment is answered succeeded: its confirmation, and those of
		// the payments answered at the same time, are then under way in the background.
		CountDownLatch firstPaid = new CountDownLatch(1);
		ExecutorService payers = Executors.newFixedThreadPool(ORDERS - CHARGED_WHILE_DOWN);
		for (JsonNode order : orders.subList(CHARGED_WHILE_DOWN, ORDERS)) {
			payers.submit(() -> {
				try {
					if (cinema.pay(order, "tok_approve").status() == 200) {
						firstPaid.countDown();
					}
				}
				catch (IllegalStateException connectionLost) {
					// Killed mid-request; the payment is asked about again after the restart.
				}
			});
		}
		assertThat(firstPaid.await(30, TimeUnit.SECONDS)).isTrue();
		plaza.kill();
		payers.shutdown();
		assertThat(payers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(1_500); // the pending charges go through at the processor while Plaza is down

		plaza.start();
		processor.sendWebhooksTo(plaza.client().uri("/api/v1/payments/webhooks/card-processor"));
		PlazaClient client = plaza.client();
		OrderCalls after = new OrderCalls(client, cinema.catalog);
		for (JsonNode order : orders) {
			// A payment the kill cut short before it reached the processor is paid again, as the customer would.
			String payment = client.get("/api/v1/payments/" + order.get("paymentId").asString(), cinema.token).json()
				.get("status").asString();
			if (payment.equals("requires_payment")) {
				after.pay(order, "tok_approve");
			}
		}
		for (JsonNode order : orders) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(after.status(id(order))).isEqualTo("confirmed"));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> smtp.getReceivedMessagesForDomain(cinema.mailDomain).length >= ORDERS);
		Thread.sleep(2_000); // anything sent twice would have arrived by now

		Set<String> codes = new HashSet<>();
		for (int i = 0; i < ORDERS; i++) {
			JsonNode confirmed = after.get(id(orders.get(i))).json();
			assertThat(ShopOrderJourneyTest.statuses(confirmed)).containsExactly("awaiting_payment", "paid", "confirmed");
			assertThat(confirmed.get("tickets")).hasSize(2);
			confirmed.get("tickets").forEach(ticket -> codes.add(ticket.get("code").asString()));
			assertThat(after.seatStatuses(showtimes.get(i))).containsEntry("A2", "sold").containsEntry("A3", "sold");
		}
		assertThat(codes).hasSize(2 * ORDERS);
		Map<String, Long> mailsPerRecipient = Arrays.stream(smtp.getReceivedMessagesForDomain(cinema.mailDomain))
			.map(OrderCrashIT::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(mailsPerRecipient).hasSize(ORDERS).allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1));
		// Each order paid 19.00 once: 0.57 to the platform, the rest to the cinema.
		JsonNode accounts = orders.getFirst().get("ledgerAccounts");
		assertThat(after.balance(accounts.get("receivable").asString())).isEqualTo(ORDERS * (1900 - 57));
		assertThat(after.balance(accounts.get("fees").asString())).isEqualTo(ORDERS * 57);
	}

	private static String recipient(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (plaza != null) {
			plaza.close();
		}
		if (processor != null) {
			processor.close();
		}
		smtp.stop();
	}
}
