package dev.plaza.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), run from the Maven
 * artifacts in a JVM of its own on 127.0.0.1. It keeps its log directory and ports across
 * {@link #stop()} and {@link #start()}, as a broker restarted by an operator does. One per test
 * JVM, started on first use, stopped when the JVM exits. Public for the end-to-end test of the scaled
 * deployment, whose services all use it.
 */
public final class KafkaBroker {

	private static KafkaBroker shared;

	private final Path home = Path.of("target", "kafka-" + UUID.randomUUID()).toAbsolutePath();

	private final int port = freePort();

	private final int controllerPort = freePort();

	private Process process;

	private KafkaBroker() {
	}

	public static synchronized KafkaBroker shared() {
		if (shared == null) {
			KafkaBroker broker = new KafkaBroker();
			broker.format();
			broker.start();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-stop"));
			shared = broker;
		}
		return shared;
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + port;
	}

	Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
	}

	synchronized void start() {
		process = java("kafka.log", KafkaBrokerLauncher.class.getName(), home.resolve("server.properties").toString());
		awaitReady(Instant.now().plus(Duration.ofSeconds(90)));
	}

	/** SIGTERM, a controlled shutdown; SIGKILL if it has not stopped within 30 s. */
	public synchronized void stop() {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** Writes the node's settings and formats its log directory, as kafka-storage.sh format does. */
	private void format() {
		try {
			Files.createDirectories(home);
			Properties settings = new Properties();
			settings.setProperty("process.roles", "broker,controller");
			settings.setProperty("node.id", "1");
			settings.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
			settings.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
			settings.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
			settings.setProperty("controller.listener.names", "CONTROLLER");
			settings.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
			settings.setProperty("log.dirs", home.resolve("data").toString());
			settings.setProperty("offsets.topic.replication.factor", "1");
			settings.setProperty("offsets.topic.num.partitions", "3");
			settings.setProperty("transaction.state.log.replication.factor", "1");
			settings.setProperty("transaction.state.log.min.isr", "1");
			settings.setProperty("share.coordinator.state.topic.replication.factor", "1");
			settings.setProperty("share.coordinator.state.topic.min.isr", "1");
			settings.setProperty("group.initial.rebalance.delay.ms", "0");
			// Plaza creates its topics with its own partition count; a topic it forgot would fail loudly.
			settings.setProperty("auto.create.topics.enable", "false");
			try (Writer out = Files.newBufferedWriter(home.resolve("server.properties"))) {
				settings.store(out, "Kafka broker for Plaza's events tests");
			}
			Process format = java("format.log", "kafka.tools.StorageTool", "format", "--ignore-formatted", "-t",
					Uuid.randomUuid().toString(), "-c", home.resolve("server.properties").toString());
			if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
				format.destroyForcibly();
				throw new IllegalStateException("Formatting Kafka's log directory failed; see " + home.resolve("format.log"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A JVM on this one's class path, which holds the broker's artifacts (test scope). */
	private Process java(String log, String... mainAndArguments) {
		String java = ProcessHandle.current().info().command().orElse("java");
		String[] command = new String[6 + mainAndArguments.length];
		command[0] = java;
		command[1] = "-Xmx384m";
		command[2] = "-XX:TieredStopAtLevel=1";
		command[3] = "-XX:+UseSerialGC";
		command[4] = "-cp";
		command[5] = System.getProperty("java.class.path");
		System.arraycopy(mainAndArguments, 0, command, 6, mainAndArguments.length);
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(log).toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + String.join(" ", mainAndArguments), ex);
		}
	}

	/** Ready once the cluster answers an admin request. */
	private void awaitReady(Instant deadline) {
		try (Admin admin = admin()) {
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Kafka exited during start-up; see " + home.resolve("kafka.log"));
				}
				try {
					admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
					return;
				}
				catch (Exception notYetServing) {
					Thread.sleep(200);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop();
		throw new IllegalStateException("Kafka was not ready in time; see " + home.resolve("kafka.log"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
