package dev.plaza.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.TestTenantFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The idempotency filter on its own, in front of endpoints whose timing and outcome the test
 * controls, on a real PostgreSQL: in-flight repeats, server failures and tenant separation.
 */
@SpringBootTest(classes = IdempotentPostTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plaza.database.embedded.data-directory=target/test-var/postgres",
				"plaza.database.embedded.durable=false", "spring.flyway.placeholders.app_role=plaza_app" })
class IdempotentPostTest {

	static final AtomicInteger executions = new AtomicInteger();

	static final CountDownLatch entered = new CountDownLatch(1);

	static final CountDownLatch release = new CountDownLatch(1);

	static final AtomicInteger failuresLeft = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRepeatWhileTheFirstIsRunningIsA409AndLaterGetsTheStoredAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		String tenant = UUID.randomUUID().toString();

		CompletableFuture<HttpResponse<String>> first = http.sendAsync(post("/api/test/slow", tenant, key, "{}"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		HttpResponse<String> whileRunning = send(post("/api/test/slow", tenant, key, "{}"));
		release.countDown();
		HttpResponse<String> firstAnswer = first.get(10, TimeUnit.SECONDS);
		HttpResponse<String> afterwards = send(post("/api/test/slow", tenant, key, "{}"));

		assertThat(whileRunning.statusCode()).isEqualTo(409);
		assertThat(whileRunning.body()).contains("idempotency-key-in-flight");
		assertThat(firstAnswer.statusCode()).isEqualTo(201);
		assertThat(afterwards.statusCode()).isEqualTo(201);
		assertThat(afterwards.body()).isEqualTo(firstAnswer.body());
		assertThat(afterwards.headers().firstValue("Idempotency-Replayed")).hasValue("true");
	}

	@Test
	void aServerFailureIsNotStoredSoTheRetryRunsAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String tenant = UUID.randomUUID().toString();
		failuresLeft.set(1);
		int before = executions.get();

		HttpResponse<String> failed = send(post("/api/test/flaky", tenant, key, "{\"n\":1}"));
		HttpResponse<String> retried = send(post("/api/test/flaky", tenant, key, "{\"n\":1}"));
		HttpResponse<String> repeated = send(post("/api/test/flaky", tenant, key, "{\"n\":1}"));

		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(retried.statusCode()).isEqualTo(201);
		assertThat(repeated.body()).isEqualTo(retried.body());
		assertThat(executions.get() - before).isEqualTo(2);
	}

	@Test
	void aRequestWhoseWorkCommittedButWhoseAnswerWasLostIsNotDoneAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String tenant = UUID.randomUUID().toString();
		int before = executions.get();
		HttpResponse<String> first = send(post("/api/test/committing", tenant, key, "{}"));
		holderDiedBeforeStoringTheAnswer(tenant, key);

		HttpResponse<String> retried = send(post("/api/test/committing", tenant, key, "{}"));
		HttpResponse<String> again = send(post("/api/test/committing", tenant, key, "{}"));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retried.statusCode()).isEqualTo(409);
		assertThat(retried.body()).contains("idempotency-response-lost");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).isEqualTo(retried.body());
		assertThat(executions.get() - before).as("the work was done once").isEqualTo(1);
	}

	@Test
	void aRequestWhoseHolderDiedBeforeCommittingRunsAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String tenant = UUID.randomUUID().toString();
		int before = executions.get();
		send(post("/api/test/flaky", tenant, key, "{\"n\":3}"));
		holderDiedBeforeStoringTheAnswer(tenant, key);

		HttpResponse<String> retried = send(post("/api/test/flaky", tenant, key, "{\"n\":3}"));

		assertThat(retried.statusCode()).isEqualTo(201);
		assertThat(executions.get() - before).isEqualTo(2);
	}

	@Test
	void keysBelongToOneTenant() throws Exception {
		String key = UUID.randomUUID().toString();
		String tenant = UUID.randomUUID().toString();
		int before = executions.get();

		HttpResponse<String> first = send(post("/api/test/flaky", tenant, key, "{\"n\":2}"));
		HttpResponse<String> sameTenant = send(post("/api/test/flaky", tenant, key, "{\"n\":2}"));
		HttpResponse<String> otherTenant = send(post("/api/test/flaky", UUID.randomUUID().toString(), key, "{\"n\":2}"));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(sameTenant.headers().firstValue("Idempotency-Replayed")).hasValue("true");
		assertThat(otherTenant.statusCode()).isEqualTo(201);
		assertThat(otherTenant.headers().firstValue("Idempotency-Replayed")).isEmpty();
		assertThat(executions.get() - before).isEqualTo(2);
	}

	private HttpRequest post(String path, String tenant, String key, String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Test-Tenant", tenant)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** As a record looks when its instance was killed after the request's transactions, before the answer. */
	private void holderDiedBeforeStoringTheAnswer(String tenant, String key) {
		int updated = TenantContext.callAs(TenantId.of(tenant), () -> transactions.execute(status -> jdbc.sql("""
				UPDATE platform.idempotency_records SET completed_at = NULL, locked_until = now() - interval '1 second'
				WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key""")
			.param("key", key)
			.update()));
		assertThat(updated).isEqualTo(1);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootApplication(scanBasePackages = "dev.plaza.platform")
	static class App {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> testTenant() {
			return TestTenantFilter.registration();
		}

		@Bean
		Endpoints endpoints(TransactionTemplate transactions, JdbcClient jdbc) {
			return new Endpoints(transactions, jdbc);
		}
	}

	@RestController
	static class Endpoints {

		private final TransactionTemplate transactions;

		private final JdbcClient jdbc;

		Endpoints(TransactionTemplate transactions, JdbcClient jdbc) {
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		@PostMapping("/api/test/committing")
		ResponseEntity<String> committing(@RequestBody String body) {
			int execution = transactions.execute(status -> {
				jdbc.sql("SELECT 1").query(Integer.class).single();
				return executions.incrementAndGet();
			});
			return ResponseEntity.status(201).body("{\"execution\":" + execution + "}");
		}

		@PostMapping("/api/test/slow")
		ResponseEntity<String> slow(@RequestBody String body) throws InterruptedException {
			entered.countDown();
			release.await(10, TimeUnit.SECONDS);
			return ResponseEntity.status(201).body("{\"execution\":" + executions.incrementAndGet() + "}");
		}

		@PostMapping("/api/test/flaky")
		ResponseEntity<String> flaky(@RequestBody String body) {
			int execution = executions.incrementAndGet();
			if (failuresLeft.getAndDecrement() > 0) {
				return ResponseEntity.status(503).body("{\"error\":\"try again\"}");
			}
			return ResponseEntity.status(201).body("{\"execution\":" + execution + "}");
		}
	}
}
