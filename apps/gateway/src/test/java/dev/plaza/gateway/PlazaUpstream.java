package dev.plaza.gateway;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The assembled all-in-one Plaza jar, run as its own process exactly as {@code ./plaza run} runs it. */
final class PlazaUpstream implements AutoCloseable {

	static final String ADMIN_SECRET = "gateway-test-admin-secret-0123456789";

	private final Path home = Path.of("target", "it-var-" + UUID.randomUUID()).toAbsolutePath();

	private final int port = Ports.free();

	private Process process;

	void start() throws IOException, InterruptedException {
		Files.createDirectories(home);
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("plaza.jar"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("plaza.log").toFile()));
		builder.environment().put("PLAZA_HOME", home.toString());
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().put("PLAZA_DATABASE_EMBEDDED_PORT", Integer.toString(Ports.free()));
		builder.environment().put("PLAZA_ADMIN_CLIENT_SECRET", ADMIN_SECRET);
		process = builder.start();
		awaitReady(Instant.now().plus(Duration.ofSeconds(120)));
	}

	URI base() {
		return URI.create("http://127.0.0.1:" + port);
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private void awaitReady(Instant deadline) throws InterruptedException {
		Http probe = new Http(base());
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("Plaza exited during start-up; see " + home.resolve("plaza.log"));
			}
			try {
				if (probe.get("/actuator/health/readiness", null).status() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYetListening) {
				// The server socket is not open yet.
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Plaza was not ready in time; see " + home.resolve("plaza.log"));
	}
}
