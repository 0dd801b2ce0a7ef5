package dev.plaza.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny service behind the gateway that records every request it gets: it shows what reached a service
 * and with which headers. {@code /api/v1/probe/slow} answers only after ten seconds; {@code /jwks} serves
 * the signing keys the gateway is told to trust.
 */
final class ProbeUpstream implements AutoCloseable {

	record Received(String method, String path, Headers headers, long bodyBytes) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile String jwks = "{\"keys\":[]}";

	ProbeUpstream() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/jwks", exchange -> answer(exchange, 200, jwks));
		server.createContext("/api/v1/probe/slow", exchange -> {
			record(exchange);
			sleep(10_000);
			answer(exchange, 200, "{\"late\":true}");
		});
		server.createContext("/", exchange -> {
			record(exchange);
			answer(exchange, 200, "{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
		});
		server.start();
	}

	URI base() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	void serveKeys(String jwkSet) {
		this.jwks = jwkSet;
	}

	/** What reached this service under the path prefix. */
	List<Received> received(String pathPrefix) {
		return received.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void record(HttpExchange exchange) throws IOException {
		long bytes;
		try (InputStream body = exchange.getRequestBody()) {
			bytes = body.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException brokenOff) {
			bytes = -1;
		}
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders(), bytes));
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
