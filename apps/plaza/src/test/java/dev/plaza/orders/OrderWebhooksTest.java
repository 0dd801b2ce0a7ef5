package dev.plaza.orders;

import static dev.plaza.orders.OrderCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's own endpoint hears what became of its orders, each change once. */
@PlazaTest
class OrderWebhooksTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	final List<JsonNode> received = new CopyOnWriteArrayList<>();

	HttpServer receiver;

	@Test
	void paidAndConfirmedOrdersAreAnnouncedOnceEvenWhenThePaymentWebhookComesTwice() throws Exception {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				received.add(JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		OrderCalls cinema = OrderCalls.newTenant(plaza);
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", cinema.token, """
				{"url": "http://127.0.0.1:%d/orders", "eventTypes": ["order.paid", "order.confirmed"], "description": "Box office"}"""
			.formatted(receiver.getAddress().getPort()));
		assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
		UUID cart = cinema.cart();
		cinema.addHold(cart, cinema.hold(cinema.showtime(), "A2"));
		JsonNode order = cinema.placed(cart);

		cinema.pay(order, "tok_duplicate_webhook");

		await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
		Thread.sleep(1_500); // a second announcement of either would have arrived by now
		assertThat(received).extracting(event -> event.get("type").asString())
			.containsExactlyInAnyOrder("order.paid", "order.confirmed");
		JsonNode confirmed = received.stream().filter(event -> event.get("type").asString().equals("order.confirmed"))
			.findFirst().orElseThrow().get("data");
		assertThat(confirmed.get("orderId").asString()).isEqualTo(id(order).toString());
		assertThat(confirmed.get("status").asString()).isEqualTo("confirmed");
		assertThat(confirmed.get("tickets").get(0).asString())
			.isEqualTo(cinema.get(id(order)).json().get("tickets").get(0).get("code").asString());
	}

	@AfterEach
	void stop() throws IOException {
		if (receiver != null) {
			receiver.stop(0);
		}
	}
}
