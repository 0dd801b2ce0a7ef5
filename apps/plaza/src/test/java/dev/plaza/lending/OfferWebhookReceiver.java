package dev.plaza.lending;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A lender's webhook endpoint: a real HTTP server on 127.0.0.1 that records every event and answers 204. */
final class OfferWebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	OfferWebhookReceiver() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	/** The events received of that type, as their payloads' {@code data}. */
	List<JsonNode> received(String type) {
		return events.stream().filter(event -> type.equals(event.get("type").asString())).map(event -> event.get("data")).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			events.add(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
