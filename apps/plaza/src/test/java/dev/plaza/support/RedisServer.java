package dev.plaza.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Redis: Debian's {@code redis-server} ({@code apt-get install redis-server}; another binary
 * with {@code -Dredis.server=...}) on a free port of 127.0.0.1, keeping nothing on disk. Tests make
 * one per class and close it after; it can be started late, or stopped and started again on the
 * same port, to show an outage. A JVM that exits without closing it stops it too.
 */
public final class RedisServer implements AutoCloseable {

	private final Path home = Path.of("target", "redis-" + UUID.randomUUID()).toAbsolutePath();

	private final int port = freePort();

	private final Thread stopAtExit = new Thread(this::stop, "redis-server-stop");

	private Process process;

	/** On a port of its own, not running yet. */
	public RedisServer() {
		Runtime.getRuntime().addShutdownHook(stopAtExit);
	}

	/** The URL Plaza's {@code plaza.redis.url} takes. */
	public String url() {
		return "redis://127.0.0.1:" + port;
	}

	/** Starts it, empty; again after {@link #stop()}, on the same port. */
	public synchronized void start() {
		String binary = System.getProperty("redis.server", "redis-server");
		try {
			Files.createDirectories(home);
			process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
					"--appendonly", "no", "--dir", home.toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("redis.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + binary + ": apt-get install redis-server", ex);
		}
		awaitPong(Instant.now().plus(Duration.ofSeconds(20)));
	}

	/** SIGTERM, as an outage would look to Plaza: every connection closes. */
	public synchronized void stop() {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		process = null;
	}

	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(stopAtExit);
		}
		catch (IllegalStateException exiting) {
			// The JVM is already exiting, and the hook stops the server.
		}
	}

	private void awaitPong(Instant deadline) {
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("redis-server exited at start-up; see " + home.resolve("redis.log"));
			}
			if (answersPing()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		stop();
		throw new IllegalStateException("redis-server was not ready in time; see " + home.resolve("redis.log"));
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readNBytes(7), StandardCharsets.US_ASCII).equals("+PONG\r\n");
		}
		catch (IOException notYetListening) {
			return false;
		}
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
