package dev.plaza.deploy.edge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the gateway: a real HTTP/1.1 server on 127.0.0.1 that answers every request with
 * {@link #ANSWER} and remembers what reached it, so a test can see what nginx forwarded.
 */
final class RecordingUpstream implements AutoCloseable {

	static final String ANSWER = "answered by the upstream";

	/** One request as the upstream received it; header names lower-case. */
	record Received(String method, String path, String protocol, int clientPort, Map<String, List<String>> headers) {

		String header(String name) {
			List<String> values = headers.get(name);
			return values == null ? null : String.join(",", values);
		}
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	RecordingUpstream() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private void answer(HttpExchange exchange) throws IOException {
		Map<String, List<String>> headers = new TreeMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
				exchange.getProtocol(), exchange.getRemoteAddress().getPort(), headers));
		exchange.getRequestBody().readAllBytes();
		byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
