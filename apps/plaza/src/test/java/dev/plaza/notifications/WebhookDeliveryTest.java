package dev.plaza.notifications;

import static dev.plaza.notifications.NotificationCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.plaza.notifications.WebhookReceiver.Received;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Cinema events reach the tenant's receiver signed per Standard Webhooks; a failing receiver gets
 * retries with growing delays until the delivery is dead-lettered, and the tenant can redeliver it.
 * The test settings retry after at most 200 ms, then 400, 800 (four attempts in all).
 */
@PlazaTest
class WebhookDeliveryTest {

	private static final Duration BASE = Duration.ofMillis(200);

	/** Polling, scheduling and HTTP on a shared machine: how late an attempt may come beyond its delay. */
	private static final Duration SLACK = Duration.ofMillis(700);

	@Autowired
	PlazaClient plaza;

	NotificationCalls tenant;

	WebhookReceiver receiver;

	@BeforeEach
	void aTenantWithAReceiver() throws Exception {
		tenant = NotificationCalls.newTenant(plaza);
		receiver = new WebhookReceiver();
	}

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void aCancelledShowtimeReachesTheReceiverSignedWithTheEndpointSecret() throws Exception {
		Response endpoint = tenant.registerEndpoint(receiver.url(), "showtime.cancelled");
		String secret = endpoint.json().get("secret").asString();
		UUID showtime = showtimeTomorrow();

		assertThat(tenant.catalog.cancel(showtime).status()).isEqualTo(204);

		Received delivery = await().atMost(Duration.ofSeconds(10)).until(receiver::received, list -> !list.isEmpty()).getFirst();
		assertThat(delivery.method()).isEqualTo("POST");
		assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
		JsonNode payload = NotificationCalls.JSON.readTree(delivery.body());
		assertThat(payload.get("type").asString()).isEqualTo("showtime.cancelled");
		assertThat(payload.get("data").get("showtimeId").asString()).isEqualTo(showtime.toString());
		assertThat(Instant.parse(payload.get("timestamp").asString())).isCloseTo(Instant.now(), within(30, ChronoUnit.SECONDS));
		assertThat(verify(secret, delivery)).as("signature verifies with the endpoint's secret").isTrue();
		assertThat(verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), delivery))
			.as("and with no other").isFalse();
		assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
			.isCloseTo(Instant.now().getEpochSecond(), offset(30L));

		List<JsonNode> log = await().until(() -> tenant.deliveries(""), items -> items.size() == 1
				&& items.getFirst().get("status").asString().equals("succeeded"));
		JsonNode logged = log.getFirst();
		assertThat(logged.get("eventType").asString()).isEqualTo("showtime.cancelled");
		assertThat(logged.get("eventId").asString()).isEqualTo(delivery.header("webhook-id"));
		assertThat(logged.get("endpointId").asString()).isEqualTo(id(endpoint).toString());
		assertThat(logged.get("attempts").size()).isEqualTo(1);
		assertThat(logged.get("attempts").get(0).get("responseCode").asInt()).isEqualTo(204);
		Thread.sleep(500);
		assertThat(receiver.received()).as("delivered once").hasSize(1);
	}

	@Test
	void heldAndReleasedSeatsReachOnlyEndpointsSubscribedToThem() throws Exception {
		try (WebhookReceiver cancellationsOnly = new WebhookReceiver()) {
			tenant.registerEndpoint(receiver.url(), "seats.held", "seats.released");
			tenant.registerEndpoint(cancellationsOnly.url(), "showtime.cancelled");
			UUID showtime = showtimeTomorrow();

			Response hold = plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", tenant.token,
					"{\"seats\": [\"A2\", \"A3\"], \"customer\": \"customer-1\"}");
			assertThat(hold.status()).as(hold.text()).isEqualTo(201);
			tenant.delete("/api/v1/holds/" + hold.json().get("id").asString());

			List<Received> received = await().until(receiver::received, list -> list.size() == 2);
			List<JsonNode> payloads = received.stream().map(r -> NotificationCalls.JSON.readTree(r.body())).toList();
			assertThat(payloads).extracting(p -> p.get("type").asString()).containsExactlyInAnyOrder("seats.held", "seats.released");
			assertThat(payloads).allSatisfy(p -> {
				assertThat(p.get("data").get("holdId").asString()).isEqualTo(hold.json().get("id").asString());
				assertThat(p.get("data").get("seats").valueStream().map(JsonNode::asString)).containsExactly("A2", "A3");
			});
			Thread.sleep(500);
			assertThat(cancellationsOnly.received()).isEmpty();
		}
	}

	@Test
	void aFailingReceiverIsRetriedWithGrowingDelaysThenDeadLetteredAndRedelivered() throws Exception {
		Response endpoint = tenant.registerEndpoint(receiver.url(), "showtime.cancelled");
		receiver.failNext(100);

		tenant.catalog.cancel(showtimeTomorrow());

		JsonNode dead = await().atMost(Duration.ofSeconds(15))
			.until(() -> tenant.deliveries("status=dead"), items -> items.size() == 1)
			.getFirst();
		List<Received> attempts = receiver.received();
		assertThat(attempts).hasSize(4);
		assertThat(attempts).extracting(r -> r.header("webhook-id")).as("one message id across retries").containsOnly(
				dead.get("eventId").asString());
		for (int n = 1; n < attempts.size(); n++) {
			Duration gap = Duration.between(attempts.get(n - 1).at(), attempts.get(n).at());
			Duration ceiling = BASE.multipliedBy(1L << (n - 1));
			assertThat(gap).as("wait after failed attempt %d is at most %s (full jitter)", n, ceiling)
				.isLessThanOrEqualTo(ceiling.plus(SLACK));
		}
		assertThat(dead.get("attempts").valueStream().map(a -> a.get("responseCode").asInt())).containsExactly(500, 500, 500, 500);
		assertThat(dead.get("attempts").get(0).get("error").asString()).contains("receiver is down");
		Thread.sleep(1_000);
		assertThat(receiver.received()).as("no attempt after the dead letter").hasSize(4);

		receiver.failNext(1);
		Response redelivered = tenant.post("/api/v1/webhooks/deliveries/" + dead.get("id").asString() + "/redeliver", "");
		assertThat(redelivered.status()).as(redelivered.text()).isEqualTo(200);
		assertThat(redelivered.json().get("status").asString()).isEqualTo("pending");

		JsonNode succeeded = await().atMost(Duration.ofSeconds(10))
			.until(() -> tenant.get("/api/v1/webhooks/deliveries/" + dead.get("id").asString()).json(),
					d -> d.get("status").asString().equals("succeeded"));
		assertThat(succeeded.get("attempts").valueStream().map(a -> a.get("responseCode").asInt()))
			.containsExactly(500, 500, 500, 500, 500, 204);
		assertThat(receiver.received()).hasSize(6);
		assertThat(verify(endpoint.json().get("secret").asString(), receiver.received().getLast())).isTrue();

		Response again = tenant.post("/api/v1/webhooks/deliveries/" + dead.get("id").asString() + "/redeliver", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("delivery-not-dead");
	}

	@Test
	void theDeliveryLogFiltersByEndpointAndStatusAndPagesNewestFirst() throws Exception {
		try (WebhookReceiver failing = new WebhookReceiver()) {
			failing.failNext(100);
			UUID healthy = id(tenant.registerEndpoint(receiver.url(), "showtime.cancelled"));
			UUID broken = id(tenant.registerEndpoint(failing.url(), "showtime.cancelled"));
			tenant.catalog.cancel(showtimeTomorrow());
			tenant.catalog.cancel(showtimeTomorrow());
			tenant.catalog.cancel(showtimeTomorrow());

			await().atMost(Duration.ofSeconds(15)).until(() -> tenant.deliveries("status=dead"), items -> items.size() == 3);
			assertThat(tenant.deliveries("status=succeeded")).hasSize(3)
				.allSatisfy(d -> assertThat(d.get("endpointId").asString()).isEqualTo(healthy.toString()));
			assertThat(tenant.deliveries("endpoint=" + broken)).hasSize(3)
				.allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("dead"));
			assertThat(tenant.deliveries("endpoint=" + healthy + "&status=dead")).isEmpty();

			List<String> all = tenant.deliveries("").stream().map(d -> d.get("id").asString()).toList();
			assertThat(all).hasSize(6).isSortedAccordingTo(Comparator.reverseOrder());
			Response first = tenant.get("/api/v1/webhooks/deliveries?limit=4");
			Response second = tenant.get("/api/v1/webhooks/deliveries?limit=4&cursor=" + first.json().get("nextCursor").asString());
			assertThat(first.json().get("items").valueStream().map(d -> d.get("id").asString())).containsExactlyElementsOf(all.subList(0, 4));
			assertThat(second.json().get("items").valueStream().map(d -> d.get("id").asString())).containsExactlyElementsOf(all.subList(4, 6));
			assertThat(second.json().has("nextCursor")).isFalse();

			assertThat(tenant.get("/api/v1/webhooks/deliveries?status=failed").problemType()).isEqualTo("invalid-parameter");
			assertThat(tenant.get("/api/v1/webhooks/deliveries?cursor=nonsense").problemType()).isEqualTo("invalid-parameter");
			assertThat(tenant.get("/api/v1/webhooks/deliveries?limit=0").problemType()).isEqualTo("invalid-parameter");
			assertThat(tenant.get("/api/v1/webhooks/deliveries?endpoint=42").problemType()).isEqualTo("invalid-parameter");
			assertThat(NotificationCalls.newTenant(plaza).deliveries("")).as("another tenant sees none").isEmpty();
		}
	}

	@Test
	void anotherTenantsEventsNeverReachThisTenantsEndpoint() throws Exception {
		tenant.registerEndpoint(receiver.url(), "*");
		NotificationCalls other = NotificationCalls.newTenant(plaza);

		other.catalog.cancel(CatalogCalls.created(other.catalog.schedule(other.catalog.movie(), other.catalog.room(),
				Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS))));
		UUID own = showtimeTomorrow();
		tenant.catalog.cancel(own);

		List<Received> received = await().until(receiver::received, list -> !list.isEmpty());
		Thread.sleep(500);
		assertThat(receiver.received()).hasSize(1);
		assertThat(received.getFirst().body()).contains(own.toString());
	}

	private UUID showtimeTomorrow() {
		return CatalogCalls.created(tenant.catalog.schedule(tenant.catalog.movie(), tenant.catalog.room(),
				Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)));
	}

	/** The receiver's side, as the README tells tenants to verify a delivery. */
	static boolean verify(String secret, Received delivery) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String signed = delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "." + delivery.body();
		String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		return Arrays.asList(delivery.header("webhook-signature").split(" ")).contains(expected);
	}
}
