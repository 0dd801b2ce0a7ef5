package dev.plaza.gateway;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP to the gateway (or to Plaza directly), as a partner would call. */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI base;

	Http(URI base) {
		this.base = base;
	}

	String token(String clientId, String secret) {
		Response response = send(request("/oauth2/token", null)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
		if (response.status() != 200) {
			throw new IllegalStateException("Token request failed: " + response.status() + " " + response.body());
		}
		return response.json().get("access_token").asString();
	}

	Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	Response postJson(String path, String token, String body, String... headers) {
		HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(headers.length > 0 ? request.headers(headers) : request);
	}

	/**
	 * One GET with the request target exactly as given, over a plain socket: Java's HTTP client refuses
	 * or rewrites some of the spellings a test needs to send. Answers the whole response as text.
	 */
	String raw(String target) {
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getAuthority()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	Response send(HttpRequest.Builder request) {
		try {
			return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(HttpResponse<String> raw) {

		int status() {
			return raw.statusCode();
		}

		String body() {
			return raw.body();
		}

		JsonNode json() {
			return JSON.readTree(raw.body());
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		String contentType() {
			return header("Content-Type");
		}

		/** The problem type's last path segment, such as {@code unauthorized}. */
		String problemType() {
			String type = json().get("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}
	}
}
