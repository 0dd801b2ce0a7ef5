package dev.plaza.audit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plaza.audit.AuditHeadPublished;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each tenant's chain head goes out once a day, so that a later rewrite of the history before it shows
 * from outside: a log line, the {@link AuditHeadPublished} event and the {@code audit.head} webhook, once
 * however many instances (here: calls) try to publish the same day.
 */
@PlazaTest
class HeadPublicationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	HeadPublication publication;

	HttpServer receiver;

	final List<String> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", this::receive);
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void theDaysHeadIsPublishedOnceAndReachesTheTenantsWebhook() {
		String admin = plaza.adminToken();
		String tenantId = plaza.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(admin, tenantId, "notifications:write", "ledger:write", "audit:read").token();
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", token, JSON.writeValueAsString(
				Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks", "eventTypes", List.of("audit.head"))));
		assertThat(endpoint.status()).isEqualTo(201);
		plaza.postJson("/api/v1/ledger/accounts", token, "{\"currency\":\"EUR\",\"code\":1}");
		JsonNode verification = plaza.get("/api/v1/audit/verification", token).json();
		// A day no other test publishes, so that this one's heads are not published yet.
		LocalDate day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));

		int published = publication.publish(day);
		int again = publication.publish(day);

		assertThat(published).isPositive();
		assertThat(again).as("the day's heads are published once").isZero();
		JsonNode webhook = JSON.readTree(await().atMost(Duration.ofSeconds(10)).until(() -> received, list -> !list.isEmpty()).getFirst());
		assertThat(webhook.get("type").asString()).isEqualTo("audit.head");
		assertThat(webhook.get("data").get("day").asString()).isEqualTo(day.toString());
		assertThat(webhook.get("data").get("entries").asLong()).isEqualTo(verification.get("entries").asLong()).isEqualTo(2);
		assertThat(webhook.get("data").get("head").asString()).isEqualTo(verification.get("head").asString());
		assertThat(received).as("one webhook for the day").hasSize(1);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			received.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}
}
