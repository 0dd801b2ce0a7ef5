package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./plaza run} while {@code ./plaza build} rewrites the jar: the running Plaza must not notice.
 * The real script runs here, in a copy of the repository's layout that holds only the built jar (so it
 * finds nothing to build), with the JDK running this test. And a Plaza that fails to start exits, with
 * its PostgreSQL stopped.
 */
class RunCommandIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path checkout = Path.of("target", "it-checkout-" + UUID.randomUUID()).toAbsolutePath();

	private final Path builtJar = checkout.resolve("apps/plaza/target/plaza.jar");

	private final PlazaProcess plaza = new PlazaProcess()
		.with("JAVA_HOME", System.getProperty("java.home"))
		.with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET)
		.command(checkout, "./plaza", "run");

	@Test
	void aBuildDuringRunLeavesTheRunningPlazaWhole() throws Exception {
		checkOut();
		Path runs = plaza.home().resolve("run");
		Files.createDirectories(runs);
		Path leftOver = Files.writeString(runs.resolve("plaza-0123456789abcdef.jar"), "a jar no Plaza runs any more");

		plaza.start();
		assertThat(runJars(runs)).as("Plaza runs its own copy of the jar, and the unused one is gone").hasSize(1)
			.doesNotContain(leftOver);

		// What a rebuild does to the jar under apps/plaza/target.
		Files.writeString(builtJar, "rebuilt: not the jar Plaza started from");

		// Each of these loads classes nothing loaded before: a Plaza reading the rewritten jar fails them.
		PlazaClient client = plaza.client();
		String admin = client.adminToken();
		String tenant = client.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String catalog = client.tenantCaller(admin, tenant, "catalog:write", "ledger:write").token();
		Response city = client.postJson("/api/v1/catalog/cities", catalog,
				JSON.writeValueAsString(Map.of("name", "Lyon", "country", "FR", "timeZone", "Europe/Paris")));
		assertThat(city.status()).as(city.text()).isEqualTo(201);
		Response account = client.postJson("/api/v1/ledger/accounts", catalog,
				JSON.writeValueAsString(Map.of("currency", "EUR", "code", 10)));
		assertThat(account.status()).as(account.text()).isLessThan(300);
		Response malformed = client.postJson("/api/v1/catalog/movies", catalog, "{\"title\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.header("Content-Type")).isEqualTo("application/problem+json");
		Response apiDocs = client.get("/v3/api-docs", null);
		assertThat(apiDocs.status()).isEqualTo(200);
		assertThat(apiDocs.json().get("paths").has("/api/v1/catalog/cities")).isTrue();

		plaza.stop();
		assertThat(plaza.log()).doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
		assertThat(plaza.home().resolve("postgres/postmaster.pid")).as("PostgreSQL stopped with Plaza").doesNotExist();
	}

	@Test
	void aPlazaThatCannotStartExitsAndLeavesNoPostgresBehind() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			PlazaProcess blocked = new PlazaProcess().with("PORT", Integer.toString(taken.getLocalPort()));
			try {
				assertThatThrownBy(blocked::start).as("it exits rather than hanging on the servers it had started")
					.hasMessageContaining("exited during start-up");
				assertThat(blocked.log()).contains("Port " + taken.getLocalPort() + " was already in use");
				assertThat(blocked.home().resolve("postgres/postmaster.pid")).as("its PostgreSQL stopped too").doesNotExist();
			}
			finally {
				blocked.kill();
			}
		}
	}

	@AfterEach
	void stop() throws InterruptedException {
		plaza.close();
	}

	/** The script and the built jar where {@code ./plaza} expects them, the jar newer than every source. */
	private void checkOut() throws IOException {
		Files.createDirectories(checkout.resolve("modules"));
		Files.createDirectories(builtJar.getParent());
		Path script = Files.copy(Path.of("../../plaza"), checkout.resolve("plaza"), StandardCopyOption.COPY_ATTRIBUTES);
		Path pom = Files.writeString(checkout.resolve("pom.xml"), "<project/>");
		Files.copy(Path.of(System.getProperty("plaza.jar")), builtJar);
		for (Path source : List.of(script, pom, checkout.resolve("modules"))) {
			Files.setLastModifiedTime(source, FileTime.fromMillis(0));
		}
	}

	private static List<Path> runJars(Path runs) throws IOException {
		try (Stream<Path> files = Files.list(runs)) {
			return files.filter(file -> file.getFileName().toString().matches("plaza-.*\\.jar")).toList();
		}
	}
}
