package dev.plaza.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.plaza.onboarding.Businesses.Business;
import dev.plaza.sims.kyb.KybProviderSimulator;
import dev.plaza.sims.kyb.Settings;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plaza is killed (SIGKILL) in the middle of an onboarding job and started again on the same data:
 * the job resumes once the dead process's claims expire, and every business is provisioned exactly
 * once — one organization, one owner.
 */
class OnboardingCrashIT {

	private static final int BUSINESSES = 300;

	private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	private KybProviderSimulator kyb;

	private PlazaProcess plaza;

	@Test
	void everyBusinessIsProvisionedExactlyOnceAcrossAKill() throws Exception {
		smtp.start();
		kyb = KybProviderSimulator.start(Settings.defaults().withLatency(Duration.ofMillis(50), Duration.ofMillis(10)));
		plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET)
			.with("SPRING_MAIL_HOST", "127.0.0.1")
			.with("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()))
			.with("PLAZA_NOTIFICATIONS_POLLINTERVAL", "200ms")
			.with("PLAZA_ONBOARDING_KYB_TARGET", kyb.target())
			.with("PLAZA_ONBOARDING_KYB_APIKEY", "kyb_test_plaza")
			.with("PLAZA_ONBOARDING_KYB_PLAINTEXT", "true")
			.with("PLAZA_ONBOARDING_LEASE", "5s");
		plaza.start();
		PlazaClient client = plaza.client();
		String admin = client.adminToken();
		List<Business> rows = new ArrayList<>();
		for (int i = 0; i < BUSINESSES; i++) {
			rows.add(Businesses.valid(List.of("ES", "PT", "FR").get(i % 3), "Crash " + i, "crash.example"));
		}
		Response accepted = client.post("/api/v1/onboarding/jobs", admin, "text/csv", Businesses.csv(rows));
		assertThat(accepted.status()).isEqualTo(202);
		String job = accepted.header("Location");

		int provisionedBefore = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> counts(client.get(job, admin).json()).get("provisioned"), provisioned -> provisioned >= 20);
		plaza.kill();
		assertThat(provisionedBefore).as("killed in the middle of the job").isLessThan(BUSINESSES);

		plaza.start();
		PlazaClient after = plaza.client();
		String token = after.adminToken();
		JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
			.until(() -> after.get(job, token).json(), view -> view.get("status").asString().equals("completed"));
		assertThat(counts(done)).as("every business provisioned").containsEntry("provisioned", BUSINESSES);
		for (Business business : rows) {
			JsonNode organizations = after.get("/api/v1/organizations?slug=" + business.slug(), token).json().get("items");
			assertThat(organizations).as(business.slug()).hasSize(1);
			String users = "/api/v1/organizations/" + organizations.get(0).get("id").asString() + "/users";
			assertThat(after.get(users, token).json().get("items")).as("the owner of " + business.slug()).hasSize(1);
		}
	}

	private static Map<String, Integer> counts(JsonNode job) {
		return job.get("counts").properties().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().asInt()));
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (plaza != null) {
			plaza.close();
		}
		if (kyb != null) {
			kyb.close();
		}
		smtp.stop();
	}
}
