package dev.plaza.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Adobe S3Mock, a real server speaking the S3 API, run as its own JVM from the jar the build copies
 * to {@code target/s3mock} (system property {@code s3mock.jar}): it is a Spring Boot app of another
 * generation than Plaza, so it stays off Plaza's classpath. One server per test JVM, started on first
 * use with an empty bucket, stopped when the JVM exits.
 */
final class S3MockServer {

	static final String BUCKET = "plaza-media";

	static final String REGION = "us-east-1";

	/** S3Mock accepts any signature; Plaza still signs its requests with these. */
	static final String ACCESS_KEY = "plaza-test";

	static final String SECRET_KEY = "plaza-test-secret";

	private static S3MockServer shared;

	private final Process process;

	private final int port;

	private S3MockServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static synchronized S3MockServer shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3mock-stop"));
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

	private static S3MockServer start() {
		Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: the build copies S3Mock there (mvn test in apps/plaza)");
		}
		Path home = jar.resolveSibling("run-" + UUID.randomUUID());
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		try {
			Files.createDirectories(home);
			// The S3 API on the main connector, plain HTTP on loopback only. S3Mock always adds a
			// second plain connector, without an address; it gets a random port and stays unused.
			Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
					"--server.port=" + port, "--server.address=127.0.0.1", "--server.ssl.enabled=false",
					"--com.adobe.testing.s3mock.http-port=0",
					"--com.adobe.testing.s3mock.store.root=" + home.resolve("data"),
					"--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET, "--spring.main.banner-mode=off")
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("s3mock.log").toFile())
				.start();
			S3MockServer server = new S3MockServer(process, port);
			server.awaitBucket(Instant.now().plus(Duration.ofSeconds(90)), home);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start S3Mock from " + jar, ex);
		}
	}

	/** Ready once it lists the bucket, which it creates after it starts listening. */
	private void awaitBucket(Instant deadline, Path home) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest listBuckets = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(5)).build();
		try {
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("S3Mock exited during start-up; see " + home.resolve("s3mock.log"));
				}
				try {
					HttpResponse<String> buckets = http.send(listBuckets, HttpResponse.BodyHandlers.ofString());
					if (buckets.statusCode() == 200 && buckets.body().contains("<Name>" + BUCKET + "</Name>")) {
						return;
					}
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
		throw new IllegalStateException("S3Mock was not ready in time; see " + home.resolve("s3mock.log"));
	}

	/** SIGTERM, so it removes its files; SIGKILL if it does not stop within 30 s. */
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
