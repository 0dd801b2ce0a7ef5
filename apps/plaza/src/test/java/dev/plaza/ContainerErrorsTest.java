package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the servlet container or the security firewall answer, before any controller runs, are
 * problem details like every other error, never Tomcat's HTML page or Spring's default JSON. Sent
 * over a raw socket: HTTP clients refuse to send most of these requests.
 */
@PlazaTest
class ContainerErrorsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aPathTheFirewallRejectsIsAProblem() {
		assertProblem(send("GET /api/v1/organizations;jsessionid=x HTTP/1.1"), 400, "invalid-path");
		assertProblem(send("GET /api/v1/tenants/a%2Fb HTTP/1.1"), 400, "invalid-path");
		assertProblem(send("GET /api/v1/tenants/%2e%2e/clients HTTP/1.1"), 400, "invalid-path");
	}

	@Test
	void aNulCharacterInThePathIsAProblem() {
		assertProblem(send("GET /api/v1/tenants/%00 HTTP/1.1"), 400, "malformed-request");
	}

	@Test
	void charactersNotAllowedInARequestLineAreAProblem() {
		assertProblem(send("GET /api/v1/{tenant}|x HTTP/1.1"), 400, "malformed-request");
	}

	@Test
	void headersTooLargeAreAProblem() {
		RawResponse response = send("GET /api/v1/organizations HTTP/1.1", "X-Padding: " + "x".repeat(64 * 1024));

		assertThat(response.status()).isIn(400, 431);
		assertProblem(response, response.status(), "malformed-request");
	}

	@Test
	void theContainersErrorPageIsAProblem() {
		assertProblem(send("TRACE /api/v1/organizations HTTP/1.1"), 405, "method-not-allowed");
		assertProblem(send("GET /error HTTP/1.1"), 404, "not-found");
	}

	@Test
	void theErrorEndpointIsNoPartOfTheApiDescription() {
		RawResponse description = send("GET /v3/api-docs HTTP/1.1", "Accept: application/json");

		assertThat(description.status()).isEqualTo(200);
		assertThat(JSON.readTree(description.body()).get("paths").has("/error")).isFalse();
	}

	private static void assertProblem(RawResponse response, int status, String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.text()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://plaza.dev/problems/" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private RawResponse send(String requestLine, String... headers) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			// As a browser asks: the answer is problem details all the same.
			String accept = Stream.of(headers).anyMatch(header -> header.startsWith("Accept:")) ? "" : "Accept: text/html\r\n";
			StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
				.append("\r\n").append(accept).append("Connection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return RawResponse.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			in.transferTo(bytes);
		}
		catch (SocketException resetAfterAnswering) {
			// Tomcat may reset a connection whose request it refused, once the answer is out.
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	record RawResponse(int status, Map<String, String> headers, String body, String text) {

		static RawResponse parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			String[] head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
			}
			String body = end < 0 ? "" : text.substring(end + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = unchunked(body);
			}
			return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, body, text);
		}

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		private static String unchunked(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					return body.toString();
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
		}
	}
}
