package dev.plaza.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tenant's webhook receiver: a real HTTP server on 127.0.0.1 that records every request and
 * answers 204, or 500 for as many requests as it was told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	/** The next {@code times} requests are answered 500. */
	void failNext(int times) {
		failuresLeft.set(times);
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		Instant at = Instant.now();
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		boolean fail = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
		received.add(new Received(at, exchange.getRequestMethod(), headers, body, fail ? 500 : 204));
		if (fail) {
			byte[] answer = "receiver is down".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(500, answer.length);
			exchange.getResponseBody().write(answer);
		}
		else {
			exchange.sendResponseHeaders(204, -1);
		}
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Received(Instant at, String method, Map<String, String> headers, String body, int answeredWith) {

		String header(String name) {
			return headers.get(name);
		}
	}
}
