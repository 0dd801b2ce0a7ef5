package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * some orders are paid and their confirmations under way when it is killed, and some are charged by
 * the processor while it is down; after a restart every one of them is confirmed exactly once — its
 * seats sold, two tickets, one e-mail, one settlement in the ledger.
 */
class OrderCrashIT {

	private static final int ORDERS = 10;

	/** Charged by the processor while Plaza is down; settled after the restart. */
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
		List<UUID> holds = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			UUID showtime = cinema.showtime();
			UUID cart = cinema.cartFor("customer" + i);
			UUID hold = cinema.holdFor("customer-" + i, showtime, "A2", "A3");
			assertThat(cinema.addHold(cart, hold).status()).isEqualTo(201);
			orders.add(cinema.placed(cart));
			showtimes.add(showtime);
			holds.add(hold);
		}

		// Another session holds the rows of the seats being sold, so each confirmation, once under way, waits
		// inside its transaction: the kill certainly comes between paid and confirmed.
		try (Connection underneath = DriverManager.getConnection(plaza.databaseUrl())) {
			underneath.setAutoCommit(false);
			try (PreparedStatement lock = underneath.prepareStatement(
					"SELECT id FROM reservations.holds WHERE id = ANY (?) FOR UPDATE")) {
				lock.setArray(1, underneath.createArrayOf("uuid", holds.toArray()));
				lock.executeQuery().close();
			}
			for (JsonNode order : orders.subList(CHARGED_WHILE_DOWN, ORDERS)) {
				assertThat(cinema.pay(order, "tok_approve").status()).isEqualTo(200);
			}
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
					confirmationsWaiting(underneath)).isEqualTo(ORDERS - CHARGED_WHILE_DOWN));
			for (JsonNode order : orders.subList(CHARGED_WHILE_DOWN, ORDERS)) {
				assertThat(cinema.status(id(order))).isEqualTo("paid");
			}
			// Charged by the processor a second from now, while Plaza is down.
			for (JsonNode order : orders.subList(0, CHARGED_WHILE_DOWN)) {
				assertThat(cinema.pay(order, "tok_pending").status()).isEqualTo(202);
			}
			plaza.kill();
			underneath.rollback();
		}
		Thread.sleep(1_500); // the pending charges go through at the processor while Plaza is down

		plaza.start();
		processor.sendWebhooksTo(plaza.client().uri("/api/v1/payments/webhooks/card-processor"));
		PlazaClient client = plaza.client();
		OrderCalls after = new OrderCalls(client, cinema.catalog);
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

	/** Sessions of Plaza waiting for a lock: the confirmations held up by the test's session. */
	private static int confirmationsWaiting(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet waiting = sql.executeQuery(
						"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = 'plaza_app'")) {
			waiting.next();
			return waiting.getInt(1);
		}
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
