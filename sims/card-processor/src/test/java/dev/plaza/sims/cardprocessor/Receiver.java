package dev.plaza.sims.cardprocessor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on a free port that records what arrives; it can refuse the first deliveries. */
final class Receiver implements AutoCloseable {

	final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	final AtomicInteger refuseNext = new AtomicInteger();

	private final HttpServer server;

	Receiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			try (exchange) {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
				exchange.sendResponseHeaders(refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204, -1);
			}
		});
		server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Delivery(String signature, String body) {
	}
}
