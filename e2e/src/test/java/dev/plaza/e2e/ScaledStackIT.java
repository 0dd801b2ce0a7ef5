package dev.plaza.e2e;

import static dev.plaza.e2e.Merchant.id;
import static dev.plaza.e2e.Merchant.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.e2e.stack.Stack;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6: Plaza's scaled deployment run for real — identity-, ledger-, catalog- and two
 * commerce-service instances and the gateway, each a process of its own, on one PostgreSQL (a
 * database per service), Kafka, Redis and an SMTP server — and used only through the gateway, as a
 * partner would. A cinema sells tickets and a shop sells goods across the services; then one
 * commerce-service instance is killed while customers order, and nothing is lost or done twice.
 * Issue 16: businesses uploaded in bulk are onboarded in commerce-service and provisioned at identity-service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaledStackIT {

	/** How long a paid order may take to be confirmed, its e-mail sent and its settlement posted. */
	private static final Duration CONFIRMATION = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Stack stack;

	private static PatientCalls calls;

	/** A failure names each service's log and shows its last lines. */
	@RegisterExtension
	static final TestExecutionExceptionHandler diagnostics = (context, failure) -> {
		if (stack != null) {
			failure.addSuppressed(new AssertionError("Read the services' logs: " + stack.diagnostics()));
		}
		throw failure;
	};

	@BeforeAll
	static void startTheStack() {
		stack = Stack.start();
		calls = new PatientCalls(stack.gateway());
	}

	@AfterAll
	static void stopTheStack() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void aCinemaGoerBuysSeatsGetsTicketsByMailAndTheCinemaIsSettled() {
		Merchant cinema = Merchant.open(calls);
		UUID showtime = cinema.showtime();
		UUID hold = cinema.hold(showtime, "customer-ana", "A2", "A3");
		UUID cart = cinema.cart("ana", newKey());
		cinema.addHold(cart, hold, newKey());

		JsonNode order = cinema.order(cart, newKey());
		assertThat(order.get("total").asLong()).as("two standard seats at 9.50").isEqualTo(1900);
		assertThat(order.get("lines")).hasSize(2);
		cinema.pay(order, "tok_approve", newKey());
		cinema.awaitStatus(id(order), "confirmed", CONFIRMATION);

		JsonNode confirmed = cinema.order(id(order));
		assertThat(cinema.seats(showtime)).containsEntry("A2", "sold").containsEntry("A3", "sold").containsEntry("A1", "free");
		List<String> codes = new ArrayList<>();
		confirmed.get("tickets").forEach(ticket -> codes.add(ticket.get("code").asString()));
		assertThat(codes).hasSize(2).doesNotHaveDuplicates();
		Response qr = cinema.ticketQr(confirmed.get("tickets").get(0).get("qrUrl").asString());
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.header("Content-Type")).isEqualTo("image/png");

		MimeMessage mail = await().atMost(CONFIRMATION)
			.until(() -> new Mailbox(stack.smtp(), cinema.mailDomain).messages(), received -> received.size() == 1)
			.getFirst();
		assertThat(Mailbox.recipient(mail)).isEqualTo("ana@" + cinema.mailDomain);
		assertThat(Mailbox.text(mail)).contains("Seat A2: " + codes.get(0), "Seat A3: " + codes.get(1));

		// 19.00 paid, 3 % (0.57) to the platform, the rest to the cinema: posted in ledger-service.
		JsonNode accounts = confirmed.get("ledgerAccounts");
		await().atMost(CONFIRMATION).untilAsserted(
				() -> assertThat(cinema.balance(accounts.get("receivable").asString())).isEqualTo(1900 - 57));
		assertThat(cinema.balance(accounts.get("fees").asString())).isEqualTo(57);
		assertThat(cinema.balance(accounts.get("clearing").asString())).isEqualTo(-1900);
	}

	@Test
	@Order(2)
	void aShopCustomerBuysGoodsAndTheStockLeavesTheShelfOnce() {
		Merchant shop = Merchant.open(calls);
		UUID shirt = shop.product(1999, "standard", 10);
		UUID book = shop.product(2500, "super-reduced", 3);
		UUID cart = shop.cart("ana", newKey());
		shop.addProduct(cart, shirt, 2, newKey());
		shop.addProduct(cart, book, 1, newKey());
		assertThat(shop.available(shirt)).as("a cart reserves its units at once").isEqualTo(8);

		JsonNode order = shop.order(cart, newKey());
		assertThat(order.get("total").asLong()).isEqualTo(2 * 1999 + 2500);
		shop.pay(order, "tok_approve", newKey());
		shop.awaitStatus(id(order), "confirmed", CONFIRMATION);

		assertThat(shop.onHand(shirt)).isEqualTo(8);
		assertThat(shop.onHand(book)).isEqualTo(2);
		MimeMessage mail = await().atMost(CONFIRMATION)
			.until(() -> new Mailbox(stack.smtp(), shop.mailDomain).messages(), received -> received.size() == 1)
			.getFirst();
		assertThat(Mailbox.subject(mail)).isEqualTo("Your order " + id(order));
		assertThat(Mailbox.text(mail)).contains("Total: 64.98 EUR");
		// 64.98 paid, 3 % (1.95) to the platform.
		JsonNode accounts = shop.order(id(order)).get("ledgerAccounts");
		await().atMost(CONFIRMATION).untilAsserted(
				() -> assertThat(shop.balance(accounts.get("receivable").asString())).isEqualTo(6498 - 195));
		assertThat(shop.balance(accounts.get("fees").asString())).isEqualTo(195);
	}

	/**
	 * Bulk onboarding runs in commerce-service: the upload passes the gateway, each business is verified
	 * at the KYB provider, and provisioning founds its organization and invites its owner at
	 * identity-service, whose invitation e-mail commerce-service sends. (Before the kill below: identity-service
	 * e-mails through the first commerce-service instance.)
	 */
	@Test
	@Order(3)
	void businessesUploadedThroughTheGatewayAreOnboardedAcrossTheServices() {
		PlazaClient plaza = stack.gateway();
		String admin = plaza.adminToken();
		String domain = "onboarding-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		SpanishBusinesses.Business first = SpanishBusinesses.valid("Primera Tienda SL", domain);
		SpanishBusinesses.Business second = SpanishBusinesses.valid("Segunda Tienda SL", domain);
		SpanishBusinesses.Business wrongNif = SpanishBusinesses.valid("Tercera Tienda SL", domain).withWrongCheckLetter();

		Response accepted = plaza.post("/api/v1/onboarding/jobs", admin, "text/csv",
				SpanishBusinesses.csv(List.of(first, second, wrongNif)));

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		String job = accepted.header("Location");
		JsonNode done = await().atMost(CONFIRMATION).pollInterval(Duration.ofMillis(500)).until(
				() -> plaza.get(job, admin).json(), progress -> !progress.get("status").asString().equals("running"));
		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("total").asInt()).isEqualTo(3);
		assertThat(done.get("counts").get("provisioned").asInt()).isEqualTo(2);
		assertThat(done.get("counts").get("invalid").asInt()).isEqualTo(1);
		JsonNode invalid = plaza.get(job + "/items?state=invalid", admin).json().get("items");
		assertThat(invalid).hasSize(1);
		assertThat(invalid.get(0).get("fields").get("taxId").asString()).isEqualTo(wrongNif.taxId());

		for (SpanishBusinesses.Business business : List.of(first, second)) {
			JsonNode found = plaza.get("/api/v1/organizations?slug=" + business.slug(), admin).json().get("items");
			assertThat(found).as("organization %s at identity-service", business.slug()).hasSize(1);
		}
		assertThat(plaza.get("/api/v1/organizations?slug=" + wrongNif.slug(), admin).json().get("items")).isEmpty();
		await().atMost(CONFIRMATION).untilAsserted(() -> assertThat(new Mailbox(stack.smtp(), domain).perRecipient())
			.as("each owner is e-mailed an invitation once")
			.containsOnlyKeys(first.contactEmail(), second.contactEmail())
			.allSatisfy((owner, invitations) -> assertThat(invitations).as(owner).isEqualTo(1L)));
	}

	@Test
	@Order(4)
	void aCommerceInstanceKilledWhileCustomersOrderLosesNothingAndDoesNothingTwice() throws Exception {
		int orders = 48;
		long price = 1000;
		long fee = 30;
		int shelf = orders + 12;
		Merchant shop = Merchant.open(calls);
		shop.expectRush();
		UUID product = shop.product(price, shelf);
		// Seats held before the kill, for showtimes the back office cancels after it.
		Map<UUID, UUID> holdsByShowtime = new HashMap<>();
		for (int i = 0; i < 4; i++) {
			UUID showtime = shop.showtime();
			holdsByShowtime.put(showtime, shop.hold(showtime, "customer-early-" + i, "A1"));
		}

		int paidBeforeTheKill;
		List<UUID> ids;
		try (Rush rush = Rush.start(shop, product, orders, 4)) {
			rush.awaitPaid(orders / 4, Duration.ofMinutes(2));
			stack.commerce(0).kill();
			paidBeforeTheKill = rush.paid();
			rush.finish(Duration.ofMinutes(4));
			ids = eachOrderOnce(shop, rush, orders);
		}
		System.out.printf("commerce-service-1 killed after %d of %d orders were paid; %d calls were sent again%n",
				paidBeforeTheKill, orders, calls.resent());
		assertThat(paidBeforeTheKill).as("the kill came while customers were ordering").isLessThan(orders);

		// Catalog events reach the surviving instance: cancelled showtimes release their holds.
		holdsByShowtime.keySet().forEach(shop::cancel);
		await().atMost(CONFIRMATION).untilAsserted(() -> holdsByShowtime.values()
			.forEach(hold -> assertThat(shop.holdStatus(hold)).as("hold " + hold).isEqualTo("released")));

		// Every paid order is confirmed, once, and takes one unit off the shelf.
		await().atMost(CONFIRMATION).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> ids
			.forEach(order -> assertThat(shop.order(order).get("status").asString()).as("order " + order)
				.isEqualTo("confirmed")));
		for (UUID order : ids) {
			assertThat(statuses(shop.order(order))).containsExactly("awaiting_payment", "paid", "confirmed");
		}
		assertThat(shop.onHand(product)).as("one unit left the shelf per order").isEqualTo(shelf - orders);

		// One e-mail per order, never two. Only the e-mail whose SMTP conversation the kill cut off may
		// be missing: it may or may not have reached the server, so it is not sent again.
		Mailbox mailbox = new Mailbox(stack.smtp(), shop.mailDomain);
		await().atMost(CONFIRMATION).until(() -> mailbox.perRecipient().size() + emailsCutOff(shop) >= orders);
		Thread.sleep(2_000); // a second e-mail to anyone would have arrived by now
		assertThat(mailbox.perRecipient()).allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1));
		long cutOff = emailsCutOff(shop);
		assertThat(cutOff).as("e-mails whose conversation the kill cut off").isLessThanOrEqualTo(1);
		assertThat(mailbox.perRecipient().size()).isBetween(orders - (int) cutOff, orders);

		// One settlement per order in ledger-service: 10.00 each, 0.30 of it to the platform.
		JsonNode accounts = shop.order(ids.getFirst()).get("ledgerAccounts");
		await().atMost(CONFIRMATION).untilAsserted(() -> assertThat(shop.balance(accounts.get("receivable").asString()))
			.isEqualTo(orders * (price - fee)));
		assertThat(shop.balance(accounts.get("fees").asString())).isEqualTo(orders * fee);
	}

	/**
	 * A token is issued for the address clients reach Plaza at, the gateway, although identity-service
	 * itself listens elsewhere, and the discovery documents served through the gateway say so. Revoked,
	 * it is refused by the other services within seconds: they read identity-service's revocation list
	 * every second.
	 */
	@Test
	@Order(5)
	void aTokenRevokedAtIdentityServiceIsRefusedByTheOtherServicesWithinSeconds() {
		PlazaClient plaza = stack.gateway();
		String admin = plaza.adminToken();
		String tenant = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		JsonNode client = plaza.postJson("/api/v1/tenants/" + tenant + "/clients", admin,
				"{\"name\": \"Partner\", \"scopes\": [\"ledger:read\", \"tenant:read\"]}").json();
		String clientId = client.get("clientId").asString();
		String secret = client.get("clientSecret").asString();
		String token = plaza.token(clientId, secret);
		String publicUrl = plaza.uri("").toString();
		assertThat(claims(token).get("iss").asString()).isEqualTo(publicUrl);
		for (String discovery : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")) {
			Response metadata = plaza.get(discovery, null);
			assertThat(metadata.status()).as(discovery).isEqualTo(200);
			assertThat(metadata.json().get("issuer").asString()).as(discovery).isEqualTo(publicUrl);
			assertThat(metadata.json().get("token_endpoint").asString()).isEqualTo(publicUrl + "/oauth2/token");
		}
		String account = "/api/v1/ledger/accounts/" + UUID.randomUUID();
		String products = "/api/v1/catalog/products";
		assertThat(plaza.get(account, token).status()).as("ledger-service takes the token").isEqualTo(404);
		assertThat(plaza.get(products, token).status()).as("catalog-service takes the token").isEqualTo(200);

		Response revoked = plaza.send(HttpRequest.newBuilder(plaza.uri("/oauth2/revoke"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("token=" + token)));
		assertThat(revoked.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			assertThat(plaza.get(account, token).status()).as("ledger-service").isEqualTo(401);
			assertThat(plaza.get(products, token).status()).as("catalog-service").isEqualTo(401);
		});
		assertThat(plaza.get(account, plaza.token(clientId, secret)).status()).as("a new token").isEqualTo(404);
	}

	/** Prometheus scrapes a service's management port without a token: only the operator's network reaches it. */
	@Test
	@Order(6)
	void metricsAreScrapedOnTheManagementPortWithoutAToken() {
		PlazaClient management = PlazaClient.unchecked(stack.ledger().managementUrl());
		Response metrics = management.get("/actuator/prometheus", null);

		assertThat(metrics.status()).as(metrics.text()).isEqualTo(200);
		assertThat(metrics.text()).contains("http_server_requests_seconds_bucket");
	}

	private static JsonNode claims(String token) {
		return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

	/**
	 * Every customer's order exists once: its checkout, sent again with its key, answers the same order
	 * (or, where the kill cut the answer off, says so rather than ordering again, and the cart names the
	 * order); the orders are all different; and the tenant has no other.
	 */
	private static List<UUID> eachOrderOnce(Merchant shop, Rush rush, int orders) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		for (int customer = 0; customer < orders; customer++) {
			UUID id = id(rush.order(customer));
			UUID cart = rush.cart(customer);
			Response again = shop.placeOrder(cart, Rush.orderKey(customer));
			boolean lost = Merchant.answerLost(again);
			assertThat(again.status()).as(again.text()).isEqualTo(lost ? 409 : 201);
			UUID answered = lost ? shop.orderOf(cart) : id(again.json());
			assertThat(answered).as("the order checkout key %s made", Rush.orderKey(customer)).isEqualTo(id);
			ids.add(id);
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ordersOf(shop)).as("orders of the tenant in commerce-service's database").isEqualTo(orders);
		return ids;
	}

	private static List<String> statuses(JsonNode order) {
		List<String> statuses = new ArrayList<>();
		order.get("history").forEach(entry -> statuses.add(entry.get("status").asString()));
		return statuses;
	}

	/**
	 * The tenant's e-mails whose SMTP conversation started but never ended: those an instance was
	 * sending when it was killed (none otherwise, once sending is done). No API lists e-mails.
	 */
	private static long emailsCutOff(Merchant merchant) throws SQLException {
		return countOf(merchant, """
				SELECT count(*) FROM notifications.emails
				WHERE tenant_id = ? AND status IN ('sending', 'unknown') AND smtp_started_at IS NOT NULL""");
	}

	/**
	 * The tenant's orders as commerce-service stored them, counted underneath: no API lists a tenant's
	 * orders, and a duplicate made by a retry would be found nowhere else.
	 */
	private static long ordersOf(Merchant merchant) throws SQLException {
		return countOf(merchant, "SELECT count(*) FROM orders.orders WHERE tenant_id = ?");
	}

	private static long countOf(Merchant merchant, String query) throws SQLException {
		try (Connection connection = stack.postgres().superuser("commerce");
				PreparedStatement count = connection.prepareStatement(query)) {
			count.setObject(1, merchant.catalog.tenant.value());
			try (ResultSet result = count.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}
}
