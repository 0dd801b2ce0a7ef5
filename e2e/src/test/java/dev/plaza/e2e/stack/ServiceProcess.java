package dev.plaza.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of Plaza's apps, its assembled jar run as a process of its own ({@code java -jar}, with the JDK
 * running the test) on a free port, with a data directory and a log file of its own, configured only
 * through its environment as an operator configures it.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final String name;

	private final Path jar;

	private final Path home;

	private final int port = Ports.free();

	private final Map<String, String> environment = new LinkedHashMap<>();

	/** The port of the actuator endpoints: the main one unless {@link #withManagementPort()} gave them their own. */
	private int managementPort = port;

	private Process process;

	/**
	 * An instance of the app whose jar the system property {@code plaza.<app>.jar} names (the e2e
	 * module's pom sets them), with its files under {@code root/<name>}.
	 */
	ServiceProcess(String app, String name, Path root) {
		this.name = name;
		this.jar = Path.of(System.getProperty("plaza." + app + ".jar", "plaza." + app + ".jar is not set"));
		this.home = root.resolve(name);
		environment.put("PORT", Integer.toString(port));
		environment.put("PLAZA_HOME", home.toString());
	}

	ServiceProcess with(String variable, String value) {
		environment.put(variable, value);
		return this;
	}

	ServiceProcess with(Map<String, String> variables) {
		environment.putAll(variables);
		return this;
	}

	/** Its actuator endpoints on a port of their own ({@code PLAZA_MANAGEMENT_PORT}), as Kubernetes runs it. */
	ServiceProcess withManagementPort() {
		managementPort = Ports.free();
		return with("PLAZA_MANAGEMENT_PORT", Integer.toString(managementPort));
	}

	/** Starts it without waiting: see {@link #awaitReady(Instant)}. */
	void launch() {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build the apps first (mvn -pl e2e -am verify)");
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		// C1 only and a small serial heap: seven JVMs start on two cores, and none of them is measured here.
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
		// Only what this test sets: nothing of the developer's own Plaza settings leaks in.
		builder.environment().keySet().removeIf(variable -> variable.startsWith("PLAZA_") || variable.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		try {
			Files.createDirectories(home);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/** Waits until {@code /actuator/health/readiness} answers 200 (on the management port, when it has one). */
	void awaitReady(Instant deadline) {
		URI readiness = managementUrl().resolve("/actuator/health/readiness");
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited during start-up; see " + log());
			}
			if (answers(readiness)) {
				return;
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException(name + " was not ready in time; see " + log());
	}

	/** Launches them all, then waits for each: processes of one step start side by side. */
	static void startTogether(Duration timeout, ServiceProcess... services) {
		for (ServiceProcess service : services) {
			service.launch();
		}
		Instant deadline = Instant.now().plus(timeout);
		for (ServiceProcess service : services) {
			service.awaitReady(deadline);
		}
	}

	/** SIGKILL: no shutdown hook runs, requests under way are cut off, nothing is handed over. */
	public void kill() {
		if (process != null) {
			process.destroyForcibly();
			waitFor(Duration.ofSeconds(30));
		}
	}

	/** SIGTERM, as an operator stops it (graceful shutdown); SIGKILL if it is still running after 30 s. */
	public void stop() {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		if (!waitFor(Duration.ofSeconds(30))) {
			kill();
		}
	}

	@Override
	public void close() {
		stop();
	}

	public String name() {
		return name;
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** Where its actuator endpoints are: its {@link #url()} unless it has a management port. */
	public URI managementUrl() {
		return URI.create("http://127.0.0.1:" + managementPort);
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	public Path log() {
		return home.resolveSibling(name + ".log");
	}

	/** The log's last lines, for a failure's report. */
	public List<String> tail(int lines) {
		try {
			List<String> all = Files.exists(log()) ? Files.readAllLines(log()) : List.of();
			return new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of("(could not read " + log() + ": " + ex + ")");
		}
	}

	private boolean waitFor(Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean answers(URI uri) {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
			return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notYetListening) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a service", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a service", ex);
		}
	}
}
