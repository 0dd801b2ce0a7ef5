package dev.plaza.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The assembled jar run as its own process, exactly as {@code ./plaza run} runs it, on one port
 * and data directory across restarts. For tests that stop, kill and restart Plaza.
 */
public final class PlazaProcess implements AutoCloseable {

	private final Path home = Path.of("target", "it-var-" + UUID.randomUUID()).toAbsolutePath();

	private final int port = freePort();

	private final int databasePort = freePort();

	private final Map<String, String> environment = new HashMap<>();

	private List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
			System.getProperty("plaza.jar"));

	private Path directory = Path.of("").toAbsolutePath();

	private Process process;

	public PlazaProcess with(String variable, String value) {
		environment.put(variable, value);
		return this;
	}

	/** Starts Plaza with this command, run in this directory, instead of running the jar itself. */
	public PlazaProcess command(Path directory, String... command) {
		this.directory = directory;
		this.command = List.of(command);
		return this;
	}

	public void start() throws IOException, InterruptedException {
		Files.createDirectories(home);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("plaza.log").toFile()));
		builder.environment().remove("PLAZA_ADMIN_CLIENT_SECRET");
		builder.environment().put("PLAZA_HOME", home.toString());
		builder.environment().put("PORT", Integer.toString(port));
		builder.environment().put("PLAZA_DATABASE_EMBEDDED_PORT", Integer.toString(databasePort));
		builder.environment().putAll(environment);
		process = builder.start();
		awaitReady(Instant.now().plus(Duration.ofSeconds(120)));
	}

	/** SIGTERM, as an operator stops it; waits until it has exited. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new AssertionError("Plaza did not stop within 60 s of SIGTERM");
		}
	}


	/** SIGKILL: no shutdown hook runs, and its PostgreSQL server is left running on the data directory. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	public PlazaClient client() {
		return new PlazaClient(URI.create("http://127.0.0.1:" + port));
	}

	public Path home() {
		return home;
	}

	public int port() {
		return port;
	}

	/** Its embedded PostgreSQL, as the superuser {@code postgres}: for tests that reach under the application. */
	public String databaseUrl() {
		return "jdbc:postgresql://127.0.0.1:" + databasePort + "/plaza?user=postgres";
	}

	public String log() throws IOException {
		return Files.readString(home.resolve("plaza.log"));
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			stop();
		}
	}

	private void awaitReady(Instant deadline) throws IOException, InterruptedException {
		PlazaClient probe = client();
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
