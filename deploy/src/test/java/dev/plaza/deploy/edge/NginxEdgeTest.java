package dev.plaza.deploy.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped edge configuration, run by Debian's nginx in front of a real HTTP server standing in
 * for the gateway: TLS 1.3 clients reach the gateway with trustworthy forwarding headers over one
 * kept-alive connection; TLS 1.2 clients and plain HTTP never reach it.
 *
 * <p>A JDK HTTP server is upstream rather than a running Plaza because what is under test is
 * nginx's side: which clients get through and what it forwards. Plaza's answers add nothing to
 * that and would cost a Spring context and a PostgreSQL per run.
 */
class NginxEdgeTest {

	@TempDir
	static Path dir;

	static RecordingUpstream upstream;

	static ThrowawayCertificate certificate;

	static NginxProcess nginx;

	@BeforeAll
	static void nginxInFrontOfAnUpstream() throws Exception {
		upstream = new RecordingUpstream();
		certificate = ThrowawayCertificate.createIn(dir);
		nginx = NginxProcess.start(dir, certificate, upstream.port());
	}

	@AfterAll
	static void stopNginx() throws Exception {
		try {
			if (nginx != null) {
				nginx.close();
			}
		}
		finally {
			if (upstream != null) {
				upstream.close();
			}
		}
	}

	@Test
	void aTls13ClientGetsTheUpstreamsAnswerWithForwardingHeadersItCannotForge() throws Exception {
		HttpResponse<String> response = tls13Client().send(HttpRequest.newBuilder(edge("/api/v1/tenant?page=2"))
			.header("X-Forwarded-For", "203.0.113.66")
			.header("X-Forwarded-Proto", "http")
			.header("Forwarded", "for=203.0.113.66;proto=http")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(RecordingUpstream.ANSWER);
		assertThat(response.sslSession()).get().extracting(session -> session.getProtocol()).isEqualTo("TLSv1.3");
		assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.contains("max-age=63072000; includeSubDomains");

		RecordingUpstream.Received received = upstream.received().getLast();
		assertThat(received.path()).isEqualTo("/api/v1/tenant?page=2");
		assertThat(received.protocol()).isEqualTo("HTTP/1.1");
		assertThat(received.header("host")).isEqualTo("127.0.0.1");
		assertThat(received.header("x-forwarded-for")).isEqualTo("127.0.0.1");
		assertThat(received.header("x-real-ip")).isEqualTo("127.0.0.1");
		assertThat(received.header("x-forwarded-proto")).isEqualTo("https");
		assertThat(received.header("x-forwarded-host")).isEqualTo("127.0.0.1");
		assertThat(received.header("x-forwarded-port")).isEqualTo(String.valueOf(nginx.httpsPort));
		assertThat(received.headers()).doesNotContainKey("forwarded").doesNotContainKey("connection");
	}

	/** What OAuth 2.0 and OpenID Connect libraries call first reaches the gateway, which sends it to identity. */
	@Test
	void discoveryKeysAndTheTokenEndpointAreForwarded() throws Exception {
		HttpClient client = tls13Client();
		for (String path : List.of("/.well-known/openid-configuration", "/.well-known/oauth-authorization-server",
				"/oauth2/jwks")) {
			assertThat(client.send(HttpRequest.newBuilder(edge(path)).build(), HttpResponse.BodyHandlers.ofString())
				.statusCode()).as(path).isEqualTo(200);
			assertThat(upstream.received().getLast().path()).isEqualTo(path);
		}
		HttpResponse<String> token = client.send(HttpRequest.newBuilder(edge("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(upstream.received().getLast().path()).isEqualTo("/oauth2/token");
	}

	@Test
	void requestsShareOneKeptAliveConnectionToTheUpstream() throws Exception {
		HttpClient client = tls13Client();
		for (int i = 0; i < 3; i++) {
			assertThat(client.send(HttpRequest.newBuilder(edge("/keepalive/" + i)).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		}

		assertThat(upstream.received().stream()
			.filter(request -> request.path().startsWith("/keepalive/"))
			.map(RecordingUpstream.Received::clientPort)
			.distinct()).hasSize(1);
	}

	@Test
	void aTls12OnlyClientIsRefusedAtTheHandshake() throws Exception {
		int before = upstream.received().size();

		try (SSLSocket socket = (SSLSocket) certificate.trustingOnlyThis().getSocketFactory()
			.createSocket("127.0.0.1", nginx.httpsPort)) {
			socket.setEnabledProtocols(new String[] { "TLSv1.2" });
			socket.setSoTimeout(5_000);

			assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
		}
		assertThat(upstream.received()).hasSize(before);
	}

	@Test
	void plainHttpIsNotServed() throws Exception {
		int before = upstream.received().size();

		String onTheTlsPort = plainGet(nginx.httpsPort, "/api/v1/tenant");
		String onPort80 = plainGet(nginx.httpPort, "/api/v1/tenant?page=2");

		assertThat(onTheTlsPort).startsWith("HTTP/1.1 400 ");
		assertThat(onPort80).startsWith("HTTP/1.1 301 ")
			.contains("\r\nLocation: https://shop.example/api/v1/tenant?page=2\r\n")
			.doesNotContain(RecordingUpstream.ANSWER);
		assertThat(upstream.received()).hasSize(before);
	}

	/**
	 * nginx forwards the path as sent, and Tomcat behind it reads path parameters, encoded dots and dot
	 * segments its own way ({@code /x/..;/internal/v1} is {@code /internal/v1} to Tomcat): each spelling
	 * goes over a raw socket, as sent, since Java's HTTP client refuses or rewrites some of them.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/internal/v1/tenancy/tenants", "/internal", "//internal/v1/ledger/transfers",
			"/./internal/v1/ledger/transfers", "/%69nternal/v1/catalog/products",
			"/api/../internal/v1/tenancy/storefronts?host=shop.example", "/internal;x/v1/tenancy/tenants",
			"/internal;jsessionid=1", "/internal%3Bx/v1/tenancy/tenants", "/internal%3bx/v1/tenancy/tenants",
			"/internal%2Fv1/tenancy/tenants", "/internal%2fv1", "/%2e/internal/v1/tenancy/tenants",
			"/api/%2E%2E/internal/v1/tenancy/tenants", "/api/..;/internal/v1/tenancy/tenants",
			"/api/.;/../internal/v1/tenancy/tenants", "/.;/internal/v1/tenancy/tenants", "/internal\\v1\\tenancy",
			"/api\\..\\internal/v1", "https://shop.example/internal;x/v1/tenancy/tenants" })
	void theInterfacesTheServicesServeEachOtherAreNotForwardedHoweverSpelt(String path) throws Exception {
		int before = upstream.received().size();

		String answer = rawGet(path);

		assertThat(answer).startsWith("HTTP/1.1 404 ")
			.contains("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/not-found\"")
			.contains("/api/v1");
		assertThat(upstream.received()).hasSize(before);
	}

	/** Plaza refuses these paths too: the edge answers for it rather than guess which path it would read. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/ledger;x/accounts", "/api/v1/ledger%3Baccounts", "/api/v1/ledger//accounts",
			"/api/v1/./ledger/accounts", "/api/v1/ledger%2Faccounts", "/%2569nternal/v1/tenancy/tenants",
			"/api/v1/%2e%2e/v1/ledger/accounts", "/api/v1\\ledger" })
	void pathsServersReadDifferentlyAreRefusedAsAProblemNotForwarded(String path) throws Exception {
		int before = upstream.received().size();

		String answer = rawGet(path);

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.contains("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/invalid-path\"");
		assertThat(upstream.received()).hasSize(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/../internal/v1/tenancy/tenants", "/internal%00/v1", "/api/v1/ledger/accounts%00" })
	void pathsNginxCannotReadAreRefusedAsAProblem(String path) throws Exception {
		int before = upstream.received().size();

		String answer = rawGet(path);

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.contains("Content-Type: application/problem+json")
			.contains("\"type\":\"https://plaza.dev/problems/malformed-request\"");
		assertThat(upstream.received()).hasSize(before);
	}

	@Test
	void pathsThatOnlyLookLikeTheInternalOnesStillReachTheUpstreamAsSent() throws Exception {
		List<String> paths = List.of("/INTERNAL/v1/tenancy/tenants", "/internals/v1", "/api/v1/internal/notes",
				"/api/v1/catalog/products?sku=a;b//c/../internal");

		for (String path : paths) {
			assertThat(rawGet(path)).as(path).startsWith("HTTP/1.1 200 ").contains(RecordingUpstream.ANSWER);
		}
		assertThat(upstream.received()).map(RecordingUpstream.Received::path).containsSubsequence(paths);
	}

	@Test
	void aBodyOverTheLimitIsRefusedAsAProblemBeforeReachingTheUpstream() throws Exception {
		int before = upstream.received().size();

		try (SSLSocket socket = tls13Socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/ledger/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + 6 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = readOneResponse(socket.getInputStream());

			assertThat(answer).startsWith("HTTP/1.1 413 ")
				.contains("Content-Type: application/problem+json")
				.contains("Strict-Transport-Security: max-age=63072000")
				.contains("\"type\":\"https://plaza.dev/problems/payload-too-large\"");
		}
		assertThat(upstream.received()).hasSize(before);
	}

	private static URI edge(String path) {
		return URI.create("https://127.0.0.1:" + nginx.httpsPort + path);
	}

	private static HttpClient tls13Client() throws Exception {
		return HttpClient.newBuilder()
			.sslContext(certificate.trustingOnlyThis())
			.sslParameters(new SSLParameters(null, new String[] { "TLSv1.3" }))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static SSLSocket tls13Socket() throws Exception {
		SSLContext context = certificate.trustingOnlyThis();
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", nginx.httpsPort);
		socket.setEnabledProtocols(new String[] { "TLSv1.3" });
		socket.setSoTimeout(5_000);
		socket.startHandshake();
		return socket;
	}

	/** One GET over TLS 1.3 with the request target exactly as given. */
	private static String rawGet(String target) throws Exception {
		try (SSLSocket socket = tls13Socket()) {
			socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			return readAll(socket.getInputStream());
		}
	}

	private static String plainGet(int port, String path) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5_000);
			socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: shop.example\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			return readAll(socket.getInputStream());
		}
	}

	/** Reads until nginx closes the connection, which it does after an error or with Connection: close. */
	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * Reads the head and the Content-Length bytes of the body: after refusing a body nginx keeps the
	 * connection open for a while (lingering close) to drain what the client still sends.
	 */
	private static String readOneResponse(InputStream in) throws IOException {
		StringBuilder response = new StringBuilder();
		byte[] buffer = new byte[8192];
		for (int read; (read = in.read(buffer)) != -1;) {
			response.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
			int head = response.indexOf("\r\n\r\n");
			Matcher length = Pattern.compile("(?i)\r\ncontent-length: (\\d+)\r\n").matcher(response);
			if (head >= 0 && length.find() && response.length() >= head + 4 + Integer.parseInt(length.group(1))) {
				break;
			}
		}
		return response.toString();
	}
}
