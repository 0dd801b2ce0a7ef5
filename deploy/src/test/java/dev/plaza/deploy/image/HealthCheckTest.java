package dev.plaza.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe compose.yaml's healthchecks run in the FROM-scratch images ({@code deploy/image/HealthCheck.java}),
 * compiled as deploy/image.sh compiles it and run as compose runs it, against a real HTTP server
 * answering as Spring Boot's readiness endpoint does: 200 when ready, 503 when not.
 */
class HealthCheckTest {

	static final Path SOURCE = Path.of("image", "HealthCheck.java");

	@TempDir
	static Path classes;

	static HttpServer app;

	@BeforeAll
	static void compileTheProbeAndStartAnApp() throws IOException {
		int compiled = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "--release", "21", "-d", classes.toString(), SOURCE.toString());
		assertThat(compiled).as("javac of %s", SOURCE).isZero();

		app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		app.createContext("/ready", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
		app.createContext("/starting", exchange -> answer(exchange, 503, "{\"status\":\"OUT_OF_SERVICE\"}"));
		app.start();
	}

	@AfterAll
	static void stopTheApp() {
		if (app != null) {
			app.stop(0);
		}
	}

	@Test
	void aReadyAppIsHealthy() throws Exception {
		Probe probe = probe(url("/ready"));

		assertThat(probe.exitCode()).isZero();
		assertThat(probe.output()).contains("answered 200");
	}

	@Test
	void anAppThatIsNotReadyYetIsUnhealthy() throws Exception {
		Probe probe = probe(url("/starting"));

		assertThat(probe.exitCode()).isEqualTo(1);
		assertThat(probe.output()).contains("answered 503");
	}

	@Test
	void anAppThatDoesNotListenIsUnhealthy() throws Exception {
		Probe probe = probe("http://127.0.0.1:" + closedPort() + "/actuator/health/readiness");

		assertThat(probe.exitCode()).isEqualTo(1);
		assertThat(probe.output()).contains("did not answer").contains("Connection refused");
	}

	record Probe(int exitCode, String output) {
	}

	/** As compose runs it, with the image's java: {@code java -Xmx16m ... -cp /opt/healthcheck HealthCheck <url>}. */
	private static Probe probe(String url) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", classes.toString(),
				"HealthCheck", url)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the probe did not end within 30 s: " + output);
		}
		return new Probe(process.exitValue(), output);
	}

	private static String url(String path) {
		return "http://127.0.0.1:" + app.getAddress().getPort() + path;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
