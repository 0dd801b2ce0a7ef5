package dev.plaza.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import dev.plaza.identity.domain.Role;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as a tenant's compliance officer uses it: every state-changing call is on the record once,
 * with who, what, where from and how it ended; the record commits with the change or not at all; tenants
 * read only their own; and a rewrite of history, even by the database owner, is detected.
 */
@PlazaTest
class AuditLogTest {

	private static final String TRANSFERS = "/api/v1/ledger/transfers";

	@Autowired
	PlazaClient plaza;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffTokens staff;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	@Qualifier("migrationDataSource")
	DataSource ownerDataSource;

	@Test
	void aWriteCallIsRecordedOnceWithWhoWhatWhereAndHowItEnded() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		String requestId = AuditCalls.newRequestId();

		Response opened = shop.openAccount("X-Request-Id", requestId);

		assertThat(opened.status()).isEqualTo(201);
		List<JsonNode> entries = shop.entries("");
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.get("sequence").asLong()).isEqualTo(1);
			assertThat(entry.get("tenant").asString()).isEqualTo(shop.tenantId);
			assertThat(entry.get("action").asString()).isEqualTo("api.post");
			assertThat(entry.get("method").asString()).isEqualTo("POST");
			assertThat(entry.get("pathTemplate").asString()).isEqualTo(AuditCalls.ACCOUNTS);
			assertThat(entry.get("resourceType").asString()).isEqualTo("account");
			assertThat(entry.get("status").asInt()).isEqualTo(201);
			assertThat(entry.get("actorKind").asString()).isEqualTo("client");
			assertThat(entry.get("actorId").asString()).isEqualTo(shop.clientId);
			assertThat(entry.get("address").asString()).isEqualTo("127.0.0.1");
			assertThat(entry.get("requestId").asString()).isEqualTo(requestId);
			assertThat(Instant.parse(entry.get("at").asString())).isBefore(Instant.now());
			assertThat(entry.get("previousHash").asString()).isEqualTo("0".repeat(64));
		});
	}

	@Test
	void aRefusedCallIsRecordedOnceWithItsRefusal() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		AuditCalls reader = shop.anotherClient("audit:read");

		Response forbidden = reader.openAccount();
		Response invalid = shop.plaza.postJson(AuditCalls.ACCOUNTS, shop.token, "{\"currency\":\"EURO\",\"code\":1}");

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(shop.entries("")).extracting(entry -> entry.get("status").asInt() + " " + entry.get("actorId").asString()
				+ " " + entry.get("pathTemplate").asString())
			.containsExactly("400 " + shop.clientId + " " + AuditCalls.ACCOUNTS,
					"403 " + reader.clientId + " " + AuditCalls.ACCOUNTS);
		assertThat(shop.entries("")).extracting(entry -> entry.get("requestId").asString())
			.as("without an X-Request-Id, the trace id the request's logs carry").allMatch(id -> id.matches("[0-9a-f]{32}"));
	}

	@Test
	void aReplayedAnswerIsRecordedAsAReplayNotAsASecondChange() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		String key = UUID.randomUUID().toString();

		Response first = shop.openAccount("Idempotency-Key", key);
		Response replayed = shop.openAccount("Idempotency-Key", key);

		assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(replayed.text()).isEqualTo(first.text());
		assertThat(shop.entries("")).extracting(entry -> entry.get("status").asInt() + " " + entry.get("details"))
			.containsExactly("201 {\"replayed\":\"true\"}", "201 {}");
	}

	@Test
	void aDeletionNamesTheResourceItsPathNames() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "notifications:write", "audit:read");
		String endpoint = shop.plaza.postJson("/api/v1/webhooks/endpoints", shop.token,
				"{\"url\":\"https://hooks.example.com/plaza\",\"eventTypes\":[\"*\"]}").json().get("id").asString();
		String path = "/api/v1/webhooks/endpoints/" + endpoint;

		Response deleted = shop.plaza.send(HttpRequest.newBuilder(plaza.uri(path)).header("Authorization", "Bearer " + shop.token).DELETE());
		Response again = shop.plaza.send(HttpRequest.newBuilder(plaza.uri(path)).header("Authorization", "Bearer " + shop.token).DELETE());

		assertThat(List.of(deleted.status(), again.status())).containsExactly(204, 404);
		assertThat(shop.entries("action=api.delete")).extracting(entry -> entry.get("resourceType").asString() + " "
				+ entry.get("resourceId").asString() + " " + entry.get("pathTemplate").asString() + " " + entry.get("status").asInt())
			.containsExactly("endpoint " + endpoint + " /api/v1/webhooks/endpoints/{id} 404",
					"endpoint " + endpoint + " /api/v1/webhooks/endpoints/{id} 204");
	}

	@Test
	void aCallWithoutTokenIsRecordedAsAnonymousInThePlatformsChain() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "audit:read");
		String requestId = AuditCalls.newRequestId();

		Response refused = shop.anonymousPost(AuditCalls.ACCOUNTS, requestId);

		assertThat(refused.status()).isEqualTo(401);
		List<JsonNode> platformEntries = plaza.get("/api/v1/audit?resourceType=account&limit=500", plaza.adminToken())
			.json()
			.get("items")
			.valueStream()
			.filter(entry -> requestId.equals(entry.get("requestId").asString()))
			.toList();
		assertThat(platformEntries).singleElement().satisfies(entry -> {
			assertThat(entry.get("actorKind").asString()).isEqualTo("anonymous");
			assertThat(entry.get("actorId").isNull()).isTrue();
			assertThat(entry.get("status").asInt()).isEqualTo(401);
			assertThat(entry.get("pathTemplate").asString()).isEqualTo(AuditCalls.ACCOUNTS);
		});
		assertThat(shop.entries("")).isEmpty();
	}

	@Test
	void whenTheEntryCannotBeWrittenTheChangeIsNotMadeEither() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "ledger:read", "audit:read");
		UUID account = UUID.randomUUID();

		Response failed = withEntriesRefused(shop, AuditCalls.ACCOUNTS, () -> unchecked().postJson(AuditCalls.ACCOUNTS,
				shop.token, "{\"id\":\"" + account + "\",\"currency\":\"EUR\",\"code\":1}"));

		assertThat(failed.status()).isEqualTo(500);
		assertThat(shop.get(AuditCalls.ACCOUNTS + "/" + account).status()).as("the account was not opened").isEqualTo(404);
		assertThat(shop.entries("")).extracting(entry -> entry.get("status").asInt()).containsExactly(500);
	}

	@Test
	void transfersAppliedTogetherByTheGroupCommitCarryTheirEntriesIntoItsTransaction() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "ledger:read", "audit:read");
		String debit = shop.openAccount().json().get("id").asString();
		String credit = shop.openAccount().json().get("id").asString();
		String transfer = "[{\"id\":\"%s\",\"debitAccountId\":\"%s\",\"creditAccountId\":\"%s\",\"amount\":5,"
				+ "\"currency\":\"EUR\",\"code\":1}]";

		Response posted = shop.plaza.postJson(TRANSFERS, shop.token, transfer.formatted(UUID.randomUUID(), debit, credit));
		Response failed = withEntriesRefused(shop, TRANSFERS,
				() -> unchecked().postJson(TRANSFERS, shop.token, transfer.formatted(UUID.randomUUID(), debit, credit)));

		assertThat(posted.status()).isEqualTo(200);
		assertThat(failed.status()).isEqualTo(500);
		assertThat(shop.get(AuditCalls.ACCOUNTS + "/" + credit).json().get("creditsPosted").asLong())
			.as("only the recorded transfer was applied").isEqualTo(5);
		assertThat(shop.entries("resourceType=transfer")).extracting(entry -> entry.get("status").asInt())
			.containsExactly(500, 200);
	}

	/**
	 * Runs the call while the database refuses this tenant's successful entries for the path, as a full disk or a
	 * lost connection would: the call's change must then fail too.
	 */
	private Response withEntriesRefused(AuditCalls tenant, String path, Supplier<Response> call) {
		JdbcClient owner = JdbcClient.create(ownerDataSource);
		String trigger = "refuse_" + tenant.tenantId.replace('-', '_');
		owner.sql("""
				CREATE FUNCTION audit.%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'audit log unavailable for this test'; END $$;
				CREATE TRIGGER %1$s BEFORE INSERT ON audit.entries FOR EACH ROW
				WHEN (NEW.tenant_id = '%2$s' AND NEW.path_template = '%3$s' AND NEW.status < 300)
				EXECUTE FUNCTION audit.%1$s()""".formatted(trigger, tenant.tenantId, path)).update();
		try {
			return call.get();
		}
		finally {
			owner.sql("DROP TRIGGER %1$s ON audit.entries; DROP FUNCTION audit.%1$s()".formatted(trigger)).update();
		}
	}

	/** A failing audit log is the server's failure, a 500 the API description leaves out on purpose. */
	private PlazaClient unchecked() {
		return PlazaClient.unchecked(plaza.uri(""));
	}

	@Test
	void concurrentWritesOfOneTenantFormOneIntactChain() throws Exception {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		int calls = 40;
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> openings = IntStream.range(0, calls)
				.<Callable<Integer>>mapToObj(i -> () -> shop.openAccount().status())
				.toList();
			for (Future<Integer> opened : callers.invokeAll(openings)) {
				assertThat(opened.get()).isEqualTo(201);
			}
		}
		finally {
			callers.shutdown();
		}

		JsonNode verification = shop.verification();
		List<JsonNode> entries = shop.entries("");
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asLong()).isEqualTo(calls);
		assertThat(verification.get("head").asString()).isEqualTo(entries.getFirst().get("hash").asString());
		assertThat(entries).extracting(entry -> entry.get("sequence").asLong())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, calls).mapToObj(i -> (long) calls + 1 - i).toList());
	}

	@Test
	void aTenantReadsOnlyItsOwnLog() {
		AuditCalls acme = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		AuditCalls globex = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		acme.openAccount();
		acme.openAccount();
		globex.openAccount();

		assertThat(acme.entries("")).hasSize(2).allSatisfy(entry -> assertThat(entry.get("tenant").asString()).isEqualTo(acme.tenantId));
		assertThat(globex.entries("")).hasSize(1).allSatisfy(entry -> assertThat(entry.get("actorId").asString()).isEqualTo(globex.clientId));
		assertThat(globex.verification().get("entries").asLong()).isEqualTo(1);
		assertThat(acme.get("/api/v1/audit?tenant=" + globex.tenantId).problemType()).isEqualTo("insufficient-scope");
		assertThat(plaza.get("/api/v1/audit?tenant=" + globex.tenantId, plaza.adminToken()).json().get("items"))
			.as("the platform operator reads any tenant's log").hasSize(1);
	}

	@Test
	void aPersonReadingACustomersPersonalDataIsRecordedWithWhoReadWhatAndAProgramsReadIsNot() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "orders:write", "orders:read", "audit:read");
		String cart = shop.plaza.postJson("/api/v1/carts", shop.token, "{\"customer\":\"ana\",\"email\":\"ana@example.com\"}")
			.json().get("id").asString();
		JsonNode tenant = plaza.get("/api/v1/tenants/" + shop.tenantId, plaza.adminToken()).json();
		Environment environment = Environment.fromCode(tenant.get("environment").asString());
		StaffTokens.Person support = staff.person(tenant.get("organization").get("id").asString(), Set.of(Role.SUPPORT),
				Set.of(environment));
		String app = staff.firstPartyApp(shop.tenantId, "orders:read");
		String person = staff.login(support, app, environment, "orders:read").accessToken();

		Response programRead = shop.get("/api/v1/carts/" + cart);
		Response personRead = plaza.get("/api/v1/carts/" + cart, person);

		assertThat(programRead.status()).isEqualTo(200);
		assertThat(personRead.status()).isEqualTo(200);
		assertThat(shop.entries("action=personal-data.read")).singleElement().satisfies(entry -> {
			assertThat(entry.get("actorKind").asString()).isEqualTo("user");
			assertThat(entry.get("actorId").asString()).isEqualTo(support.id().toString());
			assertThat(entry.get("method").asString()).isEqualTo("GET");
			assertThat(entry.get("pathTemplate").asString()).isEqualTo("/api/v1/carts/{id}");
			assertThat(entry.get("resourceType").asString()).isEqualTo("cart");
			assertThat(entry.get("resourceId").asString()).isEqualTo(cart);
			assertThat(entry.get("status").asInt()).isEqualTo(200);
		});
		assertThat(shop.entries("resourceType=cart")).extracting(entry -> entry.get("action").asString())
			.containsExactly("personal-data.read", "api.post");
	}

	@Test
	void aClientWithoutAuditReadIsRefused() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write");

		Response refused = shop.get("/api/v1/audit");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("insufficient-scope");
	}

	@Test
	void entriesAreFilteredAndPagedNewestFirst() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		AuditCalls reader = shop.anotherClient("audit:read");
		Instant before = Instant.now();
		for (int i = 0; i < 5; i++) {
			shop.openAccount();
		}
		reader.openAccount();

		Response firstPage = shop.get("/api/v1/audit?limit=2");
		Response secondPage = shop.get("/api/v1/audit?limit=2&cursor=" + firstPage.json().get("nextCursor").asString());

		assertThat(firstPage.json().get("items")).extracting(entry -> entry.get("sequence").asLong()).containsExactly(6L, 5L);
		assertThat(secondPage.json().get("items")).extracting(entry -> entry.get("sequence").asLong()).containsExactly(4L, 3L);
		assertThat(shop.entries("actor=" + shop.clientId)).hasSize(5);
		assertThat(shop.entries("actor=" + reader.clientId)).singleElement()
			.satisfies(entry -> assertThat(entry.get("status").asInt()).isEqualTo(403));
		assertThat(shop.entries("action=api.post&resourceType=account")).hasSize(6);
		assertThat(shop.entries("action=api.delete")).isEmpty();
		assertThat(shop.entries("from=" + AuditCalls.encoded(before.toString()))).hasSize(6);
		assertThat(shop.entries("to=" + AuditCalls.encoded(before.toString()))).isEmpty();
	}

	@Test
	void badFilterValuesAreRefusedNamingTheParameter() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "audit:read");

		Response badFrom = shop.get("/api/v1/audit?from=yesterday");
		Response backwards = shop.get("/api/v1/audit?from=2026-12-07T00:00:00Z&to=2026-12-06T00:00:00Z");
		Response badCursor = shop.get("/api/v1/audit?cursor=not-a-cursor");
		Response badLimit = shop.get("/api/v1/audit?limit=0");

		assertThat(List.of(badFrom, backwards, badCursor, badLimit)).allSatisfy(refused -> {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		});
		assertThat(List.of(badFrom, backwards, badCursor, badLimit))
			.extracting(refused -> refused.json().get("parameter").asString())
			.containsExactly("from", "to", "cursor", "limit");
		assertThat(badFrom.json().get("detail").asString()).contains("2026-12-07T00:00:00Z");
	}

	@Test
	void theExportIsOneEntryPerLineOldestFirst() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		for (int i = 0; i < 3; i++) {
			shop.openAccount();
		}

		Response export = shop.get("/api/v1/audit/export?action=api.post");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
		List<JsonNode> lines = export.text().lines().map(JsonMapper.builder().build()::readTree).toList();
		assertThat(lines).extracting(entry -> entry.get("sequence").asLong()).containsExactly(1L, 2L, 3L);
		assertThat(lines.getLast().get("hash").asString()).isEqualTo(shop.verification().get("head").asString());
		assertThat(shop.get("/api/v1/audit/export?action=api.delete").status()).as("nothing matches").isEqualTo(204);
	}

	@Test
	void anIntactLogVerifies() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		AuditCalls empty = AuditCalls.newTenant(plaza, "audit:read");
		shop.openAccount();
		shop.openAccount();

		JsonNode verification = shop.verification();

		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asLong()).isEqualTo(2);
		assertThat(verification.has("firstInvalid")).isFalse();
		assertThat(empty.verification().get("head").asString()).isEqualTo("0".repeat(64));
	}

	@Test
	void aRowAlteredByTheDatabaseOwnerIsNamedByVerification() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		for (int i = 0; i < 4; i++) {
			shop.openAccount();
		}
		String second = shop.entries("").get(2).get("id").asString();

		JdbcClient.create(ownerDataSource)
			.sql("UPDATE audit.entries SET status = 200 WHERE tenant_id = CAST(:tenant AS uuid) AND sequence = 2")
			.param("tenant", shop.tenantId)
			.update();

		JsonNode verification = shop.verification();
		assertThat(verification.get("valid").asBoolean()).isFalse();
		assertThat(verification.get("entries").asLong()).isEqualTo(4);
		assertThat(verification.get("firstInvalid").get("sequence").asLong()).isEqualTo(2);
		assertThat(verification.get("firstInvalid").get("id").asString()).isEqualTo(second);
		assertThat(verification.get("firstInvalid").get("reason").asString()).contains("do not match its hash");
	}

	@Test
	void theApplicationMayNeitherChangeNorDeleteEntries() {
		AuditCalls shop = AuditCalls.newTenant(plaza, "ledger:write", "audit:read");
		shop.openAccount();
		TenantId tenant = TenantId.of(shop.tenantId);

		assertThatThrownBy(() -> asTenant(tenant, "UPDATE audit.entries SET status = 200"))
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> asTenant(tenant, "DELETE FROM audit.entries"))
			.rootCause().hasMessageContaining("permission denied");
		assertThat(shop.verification().get("valid").asBoolean()).isTrue();
		assertThat(Set.of(shop.entries("").getFirst().get("status").asInt())).containsExactly(201);
	}

	private void asTenant(TenantId tenant, String sql) {
		TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> jdbc.sql(sql).update()));
	}
}
