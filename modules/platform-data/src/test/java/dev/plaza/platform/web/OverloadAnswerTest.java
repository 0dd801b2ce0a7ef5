package dev.plaza.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.plaza.platform.TestTenantFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Running out of pooled database connections under load is the server's overload, answered 503 with
 * Retry-After so clients come back — whether a controller or a servlet filter (the idempotency claim)
 * found no connection — and a retry with the same Idempotency-Key then runs.
 */
@SpringBootTest(classes = OverloadAnswerTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plaza.database.embedded.data-directory=target/test-var/overload/postgres",
				"plaza.database.embedded.durable=false", "spring.flyway.placeholders.app_role=plaza_app",
				"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=250" })
class OverloadAnswerTest {

	private static final String TENANT = "01900000-0000-7000-8000-00000000cafe";

	@LocalServerPort
	int port;

	@Autowired
	DataSource pool;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void noFreeDatabaseConnectionIs503WithRetryAfterAndTheRetryRuns() throws Exception {
		String key = UUID.randomUUID().toString();
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				taken.add(pool.getConnection());
			}
			HttpResponse<String> claimRefused = send(post(key));
			assertOverloaded(claimRefused);
			assertOverloaded(send(HttpRequest.newBuilder(uri("/api/test/count")).header("X-Test-Tenant", TENANT).build()));
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		HttpResponse<String> retried = send(post(key));
		assertThat(retried.statusCode()).isEqualTo(201);
		assertThat(retried.body()).isEqualTo("{\"counted\":true}");
	}

	private static void assertOverloaded(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Retry-After")).contains("1");
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(answer.body()).contains("\"type\":\"https://plaza.dev/problems/overloaded\"").contains("Retry in a second");
	}

	private HttpRequest post(String key) {
		return HttpRequest.newBuilder(uri("/api/test/count"))
			.header("X-Test-Tenant", TENANT)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	@SpringBootApplication(scanBasePackages = "dev.plaza.platform")
	static class App {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> testTenant() {
			return TestTenantFilter.registration();
		}

		@Bean
		Endpoints endpoints(JdbcClient jdbc) {
			return new Endpoints(jdbc);
		}
	}

	@RestController
	static class Endpoints {

		private final JdbcClient jdbc;

		Endpoints(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/api/test/count")
		@Transactional(readOnly = true)
		String count() {
			return "{\"counted\":" + (jdbc.sql("SELECT 1").query(Integer.class).single() == 1) + "}";
		}

		@PostMapping("/api/test/count")
		@Transactional
		ResponseEntity<String> create() {
			return ResponseEntity.status(201).body(count());
		}
	}
}
