package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A creating POST sent again with its Idempotency-Key answers as the first time and does nothing more. */
@PlazaTest
class IdempotencyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String admin;

	String key;

	String body;

	@BeforeEach
	void aRequestWithAKey() {
		admin = plaza.adminToken();
		key = UUID.randomUUID().toString();
		body = "{\"slug\":\"idem-" + key.substring(0, 8) + "\",\"name\":\"Idempotent Inc\"}";
	}

	@Test
	void aRepeatGetsTheFirstResponseInsteadOfADuplicate() {
		Response first = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		Response repeat = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		Response withoutKey = plaza.postJson("/api/v1/organizations", admin, body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(repeat.status()).isEqualTo(201);
		assertThat(repeat.json()).isEqualTo(first.json());
		assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
		assertThat(repeat.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(withoutKey.status()).as("the slug was taken exactly once").isEqualTo(409);
	}

	@Test
	void aFailureIsReplayedToo() {
		plaza.postJson("/api/v1/organizations", admin, body);
		Response first = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		Response repeat = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(409);
		assertThat(repeat.status()).isEqualTo(409);
		assertThat(repeat.json()).isEqualTo(first.json());
	}

	/**
	 * The organization was created, but the instance died before storing the answer under the key (the
	 * test puts the key's record in that state): the retry must not try to create it again.
	 */
	@Test
	void aRetryAfterTheAnswerWasLostSaysSoInsteadOfActingAgain() {
		Response first = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);
		int cutOff = TenantContext.callAs(TenantId.PLATFORM, () -> transactions.execute(status -> jdbc.sql("""
				UPDATE platform.idempotency_records SET completed_at = NULL, locked_until = now() - interval '1 second'
				WHERE tenant_id = platform.current_tenant() AND idempotency_key = :key""")
			.param("key", key)
			.update()));

		Response retry = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(cutOff).isEqualTo(1);
		assertThat(retry.status()).isEqualTo(409);
		assertThat(retry.problemType()).isEqualTo("idempotency-response-lost");
		String slug = first.json().get("slug").asString();
		assertThat(plaza.get("/api/v1/organizations?slug=" + slug, admin).json().get("items")).hasSize(1);
	}

	@Test
	void theSameKeyWithADifferentBodyIsA422() {
		plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", key);

		Response reused = plaza.postJson("/api/v1/organizations", admin,
				"{\"slug\":\"other-" + key.substring(0, 8) + "\",\"name\":\"Other\"}", "Idempotency-Key", key);

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.problemType()).isEqualTo("idempotency-key-reused");
	}

	@Test
	void anUnusableKeyIsA400() {
		Response response = plaza.postJson("/api/v1/organizations", admin, body, "Idempotency-Key", "x".repeat(300));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-idempotency-key");
	}
}
