package dev.plaza.reservations;

import static dev.plaza.reservations.HoldCalls.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.BucketConfiguration;
import dev.plaza.PlazaApplication;
import dev.plaza.platform.TokenBuckets;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Plaza scaled out: two instances (two application contexts) on one PostgreSQL and one Redis, as a
 * load balancer would spread a storefront's calls over them. Seat maps are kept in each instance's
 * memory for an hour here, so whatever shows on the other instance at once came through Redis. Both
 * instances start before Redis does, as they may when a deployment comes up in any order.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesOnRedisTest {

	static RedisServer redis;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static PlazaClient one;

	static PlazaClient two;

	HoldCalls throughOne;

	HoldCalls throughTwo;

	UUID showtime;

	@BeforeAll
	static void twoInstancesSharingADatabaseAndRedis() {
		redis = new RedisServer();
		String home = "target/two-instances-" + UUID.randomUUID();
		first = instance("--plaza.home=" + home + "/first");
		String database = ((HikariDataSource) first.getBean(DataSource.class)).getJdbcUrl();
		second = instance("--plaza.home=" + home + "/second", "--plaza.database.embedded.enabled=false",
				"--spring.datasource.url=" + database, "--spring.datasource.username=plaza_app",
				"--spring.flyway.user=plaza_owner",
				// Started later with a new signing key, as in a rolling key rotation.
				"--plaza.identity.signing-key=plaza-2");
		one = client(first);
		two = client(second);
		redis.start();
		HoldCalls tenant = HoldCalls.newTenant(one);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(1100))
			.until(() -> theBudgetIsShared(tenant, tenant.at(two)));
	}

	@AfterAll
	static void stopEverything() {
		try (RedisServer stopped = redis) {
			if (second != null) {
				second.close();
			}
			if (first != null) {
				first.close();
			}
		}
	}

	@BeforeEach
	void aCinemaChainWhoseStorefrontCallsBothInstances() {
		throughOne = HoldCalls.newTenant(one);
		throughTwo = throughOne.at(two);
		showtime = throughOne.showtime();
	}

	@Test
	void aTokenSignedWithTheNewerInstancesKeyIsTrustedByTheOlderOne() {
		String signedByTwo = two.adminToken();
		JsonNode organization = two.newOrganization(signedByTwo);

		Response read = one.get("/api/v1/organizations/" + organization.get("id").asString(), signedByTwo);

		assertThat(read.status()).as(read.text()).isEqualTo(200);
		assertThat(one.get("/oauth2/jwks", null).json().get("keys").valueStream().map(key -> key.get("kid").asString()))
			.as("the older instance now publishes the new key too")
			.contains("plaza-1", "plaza-2");
	}

	@Test
	void theSecondInstanceRefusesOnceTheFirstSpentTheClientsBudget() {
		assertThat(throughOne.putSettings("{\"clientRate\": {\"perSecond\": 1, \"burst\": 2}}").status()).isEqualTo(200);

		assertThat(throughOne.hold(showtime, "customer-1", "A1").status()).isEqualTo(201);
		assertThat(throughOne.hold(showtime, "customer-2", "A2").status()).isEqualTo(201);
		Response refused = throughTwo.hold(showtime, "customer-3", "A3");

		assertThat(refused.status()).as(refused.text()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("rate-limited");
		assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
		assertThat(throughOne.statuses(showtime)).containsEntry("A3", "free");
	}

	@Test
	void aHoldThroughOneInstanceShowsOnTheOtherWithoutWaitingForTheCache() {
		assertThat(throughTwo.statuses(showtime)).containsEntry("A1", "free");

		UUID hold = id(throughOne.hold(showtime, "customer-1", "A1", "A2"));

		await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(throughTwo.statuses(showtime))
			.containsEntry("A1", "held").containsEntry("A2", "held"));
		assertThat(throughTwo.release(hold).status()).isEqualTo(204);
		await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(throughOne.statuses(showtime))
			.containsEntry("A1", "free").containsEntry("A2", "free"));
	}

	@Test
	void newHoldSettingsApplyOnEveryInstanceAtOnce() {
		assertThat(throughTwo.settings().json().get("maxSeatsPerHold").asInt()).isEqualTo(10);

		assertThat(throughOne.putSettings("{\"maxSeatsPerHold\": 1}").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(1)).untilAsserted(
				() -> assertThat(throughTwo.settings().json().get("maxSeatsPerHold").asInt()).isEqualTo(1));
		Response tooMany = throughTwo.hold(showtime, "customer-1", "A1", "A2");
		assertThat(tooMany.status()).as(tooMany.text()).isEqualTo(422);
	}

	@Test
	void aDomainMappedThroughOneInstanceIsServedByTheOtherAtOnce() {
		String domain = "tickets-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost";
		assertThat(two.getAt(domain, "/api/v1/storefront", null).status()).as("not mapped yet").isEqualTo(404);

		one.serveStorefrontAt(throughOne.catalog.tenant.value().toString(), domain);

		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(two.getAt(domain, "/api/v1/storefront", null).status()).isEqualTo(200));
	}

	@Test
	void withoutRedisLimitsHoldPerInstanceAndSeatMapsComeFromTheDatabase(CapturedOutput output) {
		assertThat(throughOne.putSettings("{\"clientRate\": {\"perSecond\": 1, \"burst\": 2}}").status()).isEqualTo(200);
		assertThat(throughTwo.statuses(showtime)).containsEntry("A1", "free");
		redis.stop();
		try {
			UUID hold = id(throughOne.hold(showtime, "customer-1", "A1"));
			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(throughTwo.statuses(showtime)).containsEntry("A1", "held"));
			assertThat(throughOne.hold(showtime, "customer-2", "A2").status()).isEqualTo(201);
			assertThat(throughOne.hold(showtime, "customer-3", "A3").status()).as("the first instance's own budget is spent")
				.isEqualTo(429);
			assertThat(throughTwo.hold(showtime, "customer-3", "A3").status()).as("the second has a budget of its own")
				.isEqualTo(201);
			assertThat(throughTwo.release(hold).status()).isEqualTo(204);
			assertThat(throughOne.statuses(showtime)).containsEntry("A1", "free");
			assertThat(output.getOut()).contains("rate limits and throttles hold per instance");
		}
		finally {
			redis.start();
		}
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(1100))
			.until(() -> theBudgetIsShared(throughOne, throughTwo));
	}

	@Test
	void aTenantsCampaignsSendFromOneBudgetWhicheverInstancesRunThem() throws InterruptedException {
		TokenBuckets onFirst = first.getBean(TokenBuckets.class);
		TokenBuckets onSecond = second.getBean(TokenBuckets.class);
		BucketConfiguration twentyASecond = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofSeconds(1)))
			.build();
		String tenantsCampaigns = "campaigns/" + UUID.randomUUID() + "/20";

		onFirst.take(tenantsCampaigns, twentyASecond, 20);
		long started = System.nanoTime();
		onSecond.take(tenantsCampaigns, twentyASecond, 10);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the second waited for the budget the first spent")
			.isGreaterThanOrEqualTo(Duration.ofMillis(450));
	}

	/** One token a second: once the first instance took it, the second finds none (a fresh showtime each try). */
	private static boolean theBudgetIsShared(HoldCalls throughOne, HoldCalls throughTwo) {
		assertThat(throughOne.putSettings("{\"clientRate\": {\"perSecond\": 1, \"burst\": 1}}").status()).isEqualTo(200);
		UUID another = throughOne.showtime();
		return throughOne.hold(another, "customer-4", "B1").status() == 201
				&& throughTwo.hold(another, "customer-5", "B2").status() == 429;
	}

	private static ConfigurableApplicationContext instance(String... arguments) {
		String[] common = { "--server.port=0", "--plaza.redis.url=" + redis.url(),
				"--plaza.database.embedded.durable=false", "--plaza.identity.admin-client-secret=" + PlazaClient.ADMIN_SECRET,
				"--plaza.reservations.seat-map-max-age=1h",
				// Behind one load balancer both instances are one issuer, whatever port each binds.
				"--plaza.public-url=http://plaza.test" };
		String[] all = new String[common.length + arguments.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(arguments, 0, all, common.length, arguments.length);
		return new SpringApplicationBuilder(PlazaApplication.class).run(all);
	}

	private static PlazaClient client(ConfigurableApplicationContext instance) {
		return new PlazaClient(URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port")));
	}
}
