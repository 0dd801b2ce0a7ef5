package dev.plaza.engines.opensearch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-node OpenSearch 3 cluster for tests, run from Maven artifacts in a JVM of its own (so that
 * its Lucene, Netty, Jackson and Log4j never meet the test's), listening on 127.0.0.1 at a free port,
 * without security, with a small heap and its data in a temporary folder.
 *
 * <p>The node's classpath is the file {@code node.classpath} the build of this module writes beside
 * this class. The node stops when this JVM ends, also when it is killed: it reads its standard input,
 * a pipe from this JVM, and exits when the pipe closes. {@link #shared()} starts one node per JVM and
 * stops it, deleting its data, at exit; {@link #start()} and {@link #close()} give a node of one's own.
 * Only JDK classes here, so depending on this module brings nothing of OpenSearch onto a classpath.
 */
public final class OpenSearchNode implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private static OpenSearchNode shared;

	private final Process process;

	private final Path home;

	private final int port;

	private final Duration startup;

	private OpenSearchNode(Process process, Path home, int port, Duration startup) {
		this.process = process;
		this.home = home;
		this.port = port;
		this.startup = startup;
	}

	/** The JVM's node, started on first use and stopped when the JVM exits. */
	public static synchronized OpenSearchNode shared() {
		if (shared == null) {
			shared = start();
			System.getLogger(OpenSearchNode.class.getName()).log(System.Logger.Level.INFO,
					"OpenSearch node serving at {0}, {1} ms after launch", shared.url(), shared.startup().toMillis());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "opensearch-node-stop"));
		}
		return shared;
	}

	/** A node of one's own, serving once this returns; {@link #close()} stops it. */
	public static OpenSearchNode start() {
		Instant started = Instant.now();
		Path home = temporaryHome();
		String java = ProcessHandle.current().info().command().orElse("java");
		try {
			Process process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
					"-XX:TieredStopAtLevel=1", "-Xss1m", "-Djava.io.tmpdir=" + home.resolve("tmp"),
					"-Dlog4j2.disable.jmx=true", "-Dopensearch.set.netty.runtime.available.processors=false",
					"--enable-native-access=ALL-UNNAMED", "-cp", classpath(), "dev.plaza.engines.opensearch.node.SingleNode",
					home.toString())
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("node.log").toFile())
				.start();
			int port = awaitPort(process, home, started.plus(STARTUP));
			return new OpenSearchNode(process, home, port, Duration.between(started, Instant.now()));
		}
		catch (IOException ex) {
			delete(home);
			throw new UncheckedIOException("Could not start an OpenSearch node in " + home, ex);
		}
		catch (RuntimeException ex) {
			delete(home);
			throw ex;
		}
	}

	/** Where the node serves HTTP, such as {@code http://127.0.0.1:41234}. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** How long the node took from launch until it served HTTP. */
	public Duration startup() {
		return startup;
	}

	/** Closing its input lets the node stop cleanly; it is killed if it has not within 30 s. */
	@Override
	public void close() {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		delete(home);
	}

	private static int awaitPort(Process process, Path home, Instant deadline) {
		Path portFile = home.resolve("http.port");
		try {
			while (Instant.now().isBefore(deadline)) {
				if (Files.exists(portFile)) {
					return Integer.parseInt(Files.readString(portFile).strip());
				}
				if (!process.isAlive()) {
					throw new IllegalStateException("The OpenSearch node exited while starting:\n" + tail(home));
				}
				Thread.sleep(100);
			}
			throw new IllegalStateException("The OpenSearch node did not serve within " + STARTUP + ":\n" + tail(home));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the OpenSearch node started", ex);
		}
		finally {
			if (!Files.exists(portFile)) {
				process.destroyForcibly();
				awaitExit(process);
			}
		}
	}

	private static void awaitExit(Process process) {
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** This module's classes, then the OpenSearch jars the build listed. */
	private static String classpath() throws IOException {
		try (InputStream listed = OpenSearchNode.class.getResourceAsStream("node.classpath")) {
			if (listed == null) {
				throw new IllegalStateException("node.classpath is missing beside " + OpenSearchNode.class.getName()
						+ ": build the module plaza-opensearch-node with Maven, which writes it");
			}
			String jars = new String(listed.readAllBytes(), StandardCharsets.UTF_8).strip();
			return ownLocation() + File.pathSeparator + jars;
		}
	}

	private static String ownLocation() {
		try {
			return Path.of(OpenSearchNode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path temporaryHome() {
		try {
			Path home = Files.createTempDirectory("plaza-opensearch-");
			Files.createDirectories(home.resolve("tmp"));
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tail(Path home) throws IOException {
		Path log = home.resolve("node.log");
		if (!Files.exists(log)) {
			return "(no output)";
		}
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static void delete(Path home) {
		try (Stream<Path> files = Files.walk(home)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind is cleaned up by the system.
		}
	}
}
