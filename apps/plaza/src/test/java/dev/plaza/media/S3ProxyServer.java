package dev.plaza.media;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy, a real server speaking the S3 API, run as its own JVM from the self-contained jar the build
 * copies to {@code target/s3proxy} (system property {@code s3proxy.jar}), so that its Jetty and jclouds
 * stay off Plaza's classpath. It listens on its endpoint's address only, 127.0.0.1, checks every
 * request's AWS signature against {@link #ACCESS_KEY} and {@link #SECRET_KEY}, and keeps objects in
 * memory. One server per test JVM, started on first use with an empty bucket, stopped when the JVM
 * exits.
 */
final class S3ProxyServer {

	static final String BUCKET = "plaza-media";

	static final String REGION = "us-east-1";

	static final String ACCESS_KEY = "plaza-test";

	static final String SECRET_KEY = "plaza-test-secret";

	private static S3ProxyServer shared;

	private final Process process;

	private final int port;

	private S3ProxyServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static synchronized S3ProxyServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3proxy-stop"));
		}
		return shared;
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** A client of its own, to look into the bucket as an operator would. */
	S3Client client() {
		return S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint())
			.region(Region.of(REGION))
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

	private static S3ProxyServer start() {
		Path jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: the build copies S3Proxy there (mvn test in apps/plaza)");
		}
		Path home = jar.resolveSibling("run-" + UUID.randomUUID());
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		try {
			Files.createDirectories(home);
			Path settings = home.resolve("s3proxy.conf");
			writeSettings(settings, port);
			// Standard input stays a pipe from this JVM: the launcher exits when it closes.
			Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
					jar + File.pathSeparator + launcherClassPath(), S3ProxyLauncher.class.getName(), "--properties",
					settings.toString())
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("s3proxy.log").toFile())
				.start();
			S3ProxyServer server = new S3ProxyServer(process, port);
			server.awaitListening(Instant.now().plus(Duration.ofSeconds(60)), home);
			server.createBucket();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start S3Proxy from " + jar, ex);
		}
	}

	/** Signed with the tests' keys, so a server that refused them would fail here, before any test. */
	private void createBucket() {
		try (S3Client client = client()) {
			client.createBucket(create -> create.bucket(BUCKET));
		}
		catch (RuntimeException ex) {
			stop();
			throw ex;
		}
	}

	/** S3Proxy binds exactly the endpoint's address; the transient store keeps no files behind. */
	private static void writeSettings(Path file, int port) throws IOException {
		Properties settings = new Properties();
		settings.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
		settings.setProperty("s3proxy.authorization", "aws-v2-or-v4");
		settings.setProperty("s3proxy.identity", ACCESS_KEY);
		settings.setProperty("s3proxy.credential", SECRET_KEY);
		settings.setProperty("jclouds.provider", "transient");
		try (Writer out = Files.newBufferedWriter(file)) {
			settings.store(out, "S3Proxy for Plaza's media tests");
		}
	}

	/** The folder or jar holding the launcher: the test classes. */
	private static String launcherClassPath() {
		try {
			return Path.of(S3ProxyLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Ready once it answers HTTP: 403 to an unsigned request, as S3 does. */
	private void awaitListening(Instant deadline, Path home) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest listBuckets = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(5)).build();
		try {
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("S3Proxy exited during start-up; see " + home.resolve("s3proxy.log"));
				}
				try {
					http.send(listBuckets, HttpResponse.BodyHandlers.discarding());
					return;
				}
				catch (IOException notYetListening) {
					// Its server socket is not open yet.
				}
				Thread.sleep(200);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop();
		throw new IllegalStateException("S3Proxy was not ready in time; see " + home.resolve("s3proxy.log"));
	}

	/** SIGTERM, which stops Jetty gracefully; SIGKILL if it does not stop within 30 s. */
	private void stop() {
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
