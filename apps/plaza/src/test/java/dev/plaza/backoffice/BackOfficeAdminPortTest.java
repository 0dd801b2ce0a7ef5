package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code PLAZA_ADMIN_PORT} set, staff traffic is apart from customers': {@code /admin} is served
 * on the admin port only (404 on the main port), and the admin port serves nothing else.
 * (A Spring context of its own, with its own data directory: the port must be set before the server starts.)
 */
@PlazaTest
class BackOfficeAdminPortTest {

	static final int ADMIN_PORT = freePort();

	@DynamicPropertySource
	static void adminPort(DynamicPropertyRegistry properties) {
		properties.add("plaza.home", () -> "target/test-var-admin-port");
		properties.add("plaza.backoffice.port", () -> ADMIN_PORT);
	}

	@Autowired
	PlazaClient plaza;

	@Test
	void theBackOfficeIsServedOnTheAdminPortOnly() {
		PlazaClient admin = PlazaClient.unchecked(URI.create("http://127.0.0.1:" + ADMIN_PORT));
		PlazaClient customers = PlazaClient.unchecked(plaza.uri(""));

		assertThat(admin.get("/admin/signed-out", null).status()).isEqualTo(200);
		assertThat(admin.get("/admin", null).status()).isEqualTo(302);
		assertThat(customers.get("/admin/signed-out", null).status()).isEqualTo(404);
		assertThat(customers.get("/admin", null).status()).isEqualTo(404);
	}

	@Test
	void theAdminPortServesNothingButTheBackOffice() {
		PlazaClient admin = PlazaClient.unchecked(URI.create("http://127.0.0.1:" + ADMIN_PORT));
		PlazaClient customers = PlazaClient.unchecked(plaza.uri(""));

		assertThat(customers.get("/.well-known/openid-configuration", null).status()).isEqualTo(200);
		assertThat(admin.get("/.well-known/openid-configuration", null).status()).isEqualTo(404);
		assertThat(customers.get("/api/v1/tenant", null).status()).isEqualTo(401);
		assertThat(admin.get("/api/v1/tenant", null).status()).isEqualTo(404);
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
