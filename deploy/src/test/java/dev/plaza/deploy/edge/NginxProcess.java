package dev.plaza.deploy.edge;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx running {@code deploy/nginx/plaza.conf} as a child process, in the foreground,
 * with its prefix, pid file, logs and temporary files in one directory of its own. The shipped
 * file is used as it is, except for what a test machine must change: the listening addresses,
 * the gateway's address and the certificate's paths.
 */
final class NginxProcess implements AutoCloseable {

	static final Path SHIPPED_CONFIG = Path.of("nginx", "plaza.conf");

	private static final Duration STARTUP = Duration.ofSeconds(15);

	private final Path dir;

	private final Process process;

	final int httpsPort;

	final int httpPort;

	private NginxProcess(Path dir, Process process, int httpsPort, int httpPort) {
		this.dir = dir;
		this.process = process;
		this.httpsPort = httpsPort;
		this.httpPort = httpPort;
	}

	static NginxProcess start(Path dir, ThrowawayCertificate certificate, int upstreamPort) throws IOException, InterruptedException {
		int httpsPort = freePort();
		int httpPort = freePort();
		Files.writeString(dir.resolve("plaza.conf"), render(Files.readString(SHIPPED_CONFIG), Map.of(
				"server gateway:8080;", "server 127.0.0.1:" + upstreamPort + ";",
				"listen 443 ssl http2 default_server;", "listen 127.0.0.1:" + httpsPort + " ssl http2 default_server;",
				"listen 80 default_server;", "listen 127.0.0.1:" + httpPort + " default_server;",
				"/etc/nginx/tls/plaza.crt", certificate.certificate().toString(),
				"/etc/nginx/tls/plaza.key", certificate.key().toString())));
		Files.writeString(dir.resolve("nginx.conf"), mainConfig(dir));
		Process process = new ProcessBuilder(nginx().toString(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(),
				"-e", dir.resolve("error.log").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("nginx.out").toFile())
			.start();
		NginxProcess nginx = new NginxProcess(dir, process, httpsPort, httpPort);
		try {
			nginx.awaitListening();
		}
		catch (IOException | RuntimeException e) {
			nginx.close();
			throw e;
		}
		return nginx;
	}

	/** Replaces each literal once; a literal the shipped file no longer contains fails the test. */
	static String render(String config, Map<String, String> replacements) {
		String rendered = config;
		for (var replacement : replacements.entrySet()) {
			if (!rendered.contains(replacement.getKey())) {
				throw new IllegalStateException(SHIPPED_CONFIG + " no longer contains \"" + replacement.getKey()
						+ "\": update NginxProcess.start to what the file says now");
			}
			rendered = rendered.replace(replacement.getKey(), replacement.getValue());
		}
		return rendered;
	}

	private static String mainConfig(Path dir) {
		// Run as root (CI), nginx would hand its workers to "nobody", who cannot enter this private directory.
		String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
		return user + """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log info;
				events { worker_connections 64; }
				http {
				    access_log %1$s/access.log;
				    client_body_temp_path %1$s/client_body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    include %1$s/plaza.conf;
				}
				""".formatted(dir);
	}

	private void awaitListening() throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx exited with " + process.exitValue() + ":\n" + output());
			}
			if (accepts(httpsPort) && accepts(httpPort)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("nginx did not listen within " + STARTUP + ":\n" + output());
	}

	String output() throws IOException {
		StringBuilder text = new StringBuilder();
		for (String log : List.of("nginx.out", "error.log")) {
			Path file = dir.resolve(log);
			if (Files.exists(file)) {
				text.append(Files.readString(file));
			}
		}
		return text.toString();
	}

	/** Fast shutdown (SIGTERM) of the master and its workers; whatever is left after 10 s is killed. */
	@Override
	public void close() throws InterruptedException {
		List<ProcessHandle> workers = process.descendants().toList();
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
		workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	private static Path nginx() {
		return Stream.concat(Stream.of("/usr/sbin"), Stream.of(System.getenv("PATH").split(":")))
			.map(dir -> Path.of(dir, "nginx"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"nginx is not installed: the edge test runs Debian's nginx (apt-get install -y nginx)"));
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
