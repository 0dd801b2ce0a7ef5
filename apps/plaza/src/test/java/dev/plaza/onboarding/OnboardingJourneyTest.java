package dev.plaza.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.onboarding.Businesses.Business;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The platform operator onboards businesses of Spain, Portugal and France in bulk: a file goes in,
 * each row ends validated and provisioned, or explained; the same file again provisions nothing new.
 * The KYB provider is the bundled simulator, told what to answer by markers in the legal names.
 */
@PlazaTest
class OnboardingJourneyTest {

	private static final String JOBS = "/api/v1/onboarding/jobs";

	private static final List<String> STATES = List.of("received", "validated", "invalid", "verifying", "verified",
			"rejected", "failed", "provisioned");

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void aFileOfBusinessesIsOnboardedOnceWithInvalidRowsExplained() {
		String admin = plaza.adminToken();
		String domain = mailDomain();
		List<Business> valid = new ArrayList<>();
		for (String country : List.of("ES", "PT", "FR")) {
			for (int i = 0; i < 7; i++) {
				valid.add(Businesses.valid(country, "Business " + country + " " + i, domain));
			}
		}
		valid.add(Businesses.valid("ES", "Retried SL [unavailable x2]", domain));
		valid.add(Businesses.valid("PT", "Shedding Lda [exhausted x1]", domain));
		List<Business> rows = new ArrayList<>(valid);
		Business badTaxId = Businesses.valid("ES", "Wrong Id SL", domain).withTaxId("12345678A");
		Business badIban = Businesses.valid("PT", "Wrong Iban Lda", domain).withIban("PT50000201231234567890155");
		Business noEmail = Businesses.valid("FR", "Sans Courriel SARL", domain).withContactEmail(null);
		Business rejected = Businesses.valid("FR", "Refused SARL [rejected]", domain);
		Business failing = Businesses.valid("ES", "Never There SL [unavailable x5]", domain);
		rows.addAll(List.of(badTaxId, badIban, noEmail, rejected, failing));
		String csv = Businesses.csv(rows);

		Response accepted = plaza.post(JOBS, admin, "text/csv", csv);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.header("Location")).isEqualTo(JOBS + "/" + accepted.json().get("id").asString());
		assertThat(accepted.json().get("total").asInt()).isEqualTo(rows.size());
		assertThat(accepted.json().get("status").asString()).isEqualTo("running");

		JsonNode done = awaitSettled(accepted.header("Location"), admin);
		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(done.get("estimatedCompletion").isNull()).isTrue();
		Map<String, Integer> counts = counts(done);
		assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(STATES);
		assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
		assertThat(counts).containsEntry("provisioned", valid.size()).containsEntry("invalid", 3)
			.containsEntry("rejected", 1).containsEntry("failed", 1);

		JsonNode invalid = plaza.get(accepted.header("Location") + "/items?state=invalid", admin).json();
		Map<String, List<String>> rulesByTaxId = new HashMap<>();
		invalid.get("items").forEach(item -> rulesByTaxId.put(item.get("fields").get("taxId").asString(),
				item.get("reasons").valueStream().map(reason -> reason.get("rule").asString() + ": "
						+ reason.get("message").asString()).toList()));
		assertThat(rulesByTaxId).containsOnlyKeys(badTaxId.taxId(), badIban.taxId(), noEmail.taxId());
		assertThat(String.join(" ", rulesByTaxId.get(badTaxId.taxId()))).containsIgnoringCase("tax");
		assertThat(String.join(" ", rulesByTaxId.get(badIban.taxId()))).containsIgnoringCase("iban");
		assertThat(rulesByTaxId.get(noEmail.taxId())).singleElement().asString().startsWith("contactEmail: ");
		JsonNode rejectedItem = plaza.get(accepted.header("Location") + "/items?state=rejected", admin).json().get("items").get(0);
		assertThat(rejectedItem.get("row").asInt()).isEqualTo(rows.indexOf(rejected) + 2);
		assertThat(rejectedItem.get("reasons").get(0).get("rule").asString()).isEqualTo("kyb");

		Map<String, String> organizations = new HashMap<>();
		for (Business business : valid) {
			JsonNode found = plaza.get("/api/v1/organizations?slug=" + business.slug(), admin).json().get("items");
			assertThat(found).as(business.slug()).hasSize(1);
			assertThat(found.get(0).get("tenants").valueStream().map(tenant -> tenant.get("environment").asString()))
				.containsExactly("demo", "staging", "production");
			organizations.put(business.taxId(), found.get(0).get("id").asString());
		}
		assertThat(plaza.get("/api/v1/organizations?slug=" + failing.slug(), admin).json().get("items")).isEmpty();
		Map<String, Long> invitations = await().atMost(Duration.ofSeconds(20))
			.until(() -> invitationsPerAddress(domain), sent -> sent.size() == valid.size());
		assertThat(invitations.values()).allMatch(n -> n == 1);

		Response again = plaza.post(JOBS, admin, "text/csv", csv);
		assertThat(again.status()).isEqualTo(202);
		JsonNode second = awaitSettled(again.header("Location"), admin);
		assertThat(counts(second)).containsEntry("provisioned", valid.size());
		JsonNode provisionedAgain = plaza.get(again.header("Location") + "/items?state=provisioned", admin).json();
		provisionedAgain.get("items").forEach(item -> {
			assertThat(item.get("organizationId").asString()).isEqualTo(organizations.get(item.get("fields").get("taxId").asString()));
			assertThat(item.get("note").asString()).contains("Already provisioned");
		});
		for (Business business : valid) {
			assertThat(plaza.get("/api/v1/organizations?slug=" + business.slug(), admin).json().get("items")).hasSize(1);
		}
		assertThat(invitationsPerAddress(domain)).as("nobody invited twice").isEqualTo(invitations);

		Response results = plaza.get(accepted.header("Location") + "/results", admin);
		assertThat(results.status()).isEqualTo(200);
		assertThat(results.header("Content-Type")).startsWith("text/csv");
		List<String> lines = results.text().lines().toList();
		assertThat(lines.getFirst()).isEqualTo("row,taxId,country,state,organizationId,reasons");
		assertThat(lines).hasSize(rows.size() + 1);
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith((rows.indexOf(valid.getFirst()) + 2) + ","
				+ valid.getFirst().taxId() + ",ES,provisioned," + organizations.get(valid.getFirst().taxId()) + ","));

		Response retried = plaza.post(accepted.header("Location") + "/retry-failed", admin, null, "");
		assertThat(retried.status()).isEqualTo(200);
		assertThat(counts(retried.json())).containsEntry("failed", 0);
		assertThat(retried.json().get("status").asString()).isEqualTo("running");
		assertThat(counts(retried.json())).containsEntry("verifying", 1).containsEntry("provisioned", valid.size());
		// The provider still refuses that business; the job stops here rather than ask it on and on.
		assertThat(plaza.post(accepted.header("Location") + "/cancel", admin, null, "").json().get("status").asString())
			.isEqualTo("cancelled");
	}

	@Test
	void aMalformedFileIsRefusedNamingTheLineAndNothingIsKept() {
		String admin = plaza.adminToken();
		String before = newestJob(admin);
		Business business = Businesses.valid("ES", "Fine SL", mailDomain());
		String broken = Businesses.HEADER + "\n" + business.csv() + "\n\"Unclosed SL," + business.taxId() + ",ES\n";

		Response refused = plaza.post(JOBS, admin, "text/csv", broken);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("malformed-upload");
		assertThat(refused.json().get("detail").asString()).startsWith("Line ").contains("after line 2");
		assertThat(newestJob(admin)).as("no job was kept").isEqualTo(before);

		Response unknownColumn = plaza.post(JOBS, admin, "text/csv", Businesses.HEADER + ",vatNumber\n");
		assertThat(unknownColumn.status()).isEqualTo(400);
		assertThat(unknownColumn.json().get("detail").asString()).startsWith("Line 1: ").contains("'vatNumber'");

		Response badJson = plaza.post(JOBS, admin, "application/x-ndjson", "{\"legalName\":\"A\"}\n{oops\n");
		assertThat(badJson.status()).isEqualTo(400);
		assertThat(badJson.json().get("detail").asString()).startsWith("Line 2: ");

		Response json = plaza.postJson(JOBS, admin, "{}");
		assertThat(json.status()).isEqualTo(415);
	}

	@Test
	void ndjsonRowsAreOnboardedToo() {
		String admin = plaza.adminToken();
		Business business = Businesses.valid("PT", "Lisboa Lda", mailDomain());
		String ndjson = "{\"legalName\":\"" + business.legalName() + "\",\"taxId\":\"" + business.taxId()
				+ "\",\"country\":\"PT\",\"contactEmail\":\"" + business.contactEmail() + "\",\"contactName\":\"Rui\","
				+ "\"iban\":\"" + business.iban() + "\",\"address\":\"Rua Augusta 1\",\"externalReference\":\"crm-77\"}\n";
		Response accepted = plaza.post(JOBS, admin, "application/x-ndjson", ndjson);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(counts(awaitSettled(accepted.header("Location"), admin))).containsEntry("provisioned", 1);
		JsonNode item = plaza.get(accepted.header("Location") + "/items", admin).json().get("items").get(0);
		assertThat(item.get("fields").get("externalReference").asString()).isEqualTo("crm-77");
		assertThat(item.get("organizationId").isNull()).isFalse();
	}

	@Test
	void aValidationOnlyJobChecksTheFileAndOnboardsNothing() {
		String admin = plaza.adminToken();
		Business good = Businesses.valid("ES", "Dry Run, S.L.", mailDomain());
		Business badIban = Businesses.valid("FR", "Essai SARL", mailDomain()).withIban("FR7630006000011234567890188");

		Response accepted = plaza.post(JOBS + "?mode=validate", admin, "text/csv", Businesses.csv(List.of(good, badIban)));

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.json().get("mode").asString()).isEqualTo("validate");
		JsonNode done = awaitSettled(accepted.header("Location"), admin);
		assertThat(done.get("status").asString()).isEqualTo("completed");
		assertThat(counts(done)).containsEntry("validated", 1).containsEntry("invalid", 1).containsEntry("verifying", 0)
			.containsEntry("provisioned", 0);
		assertThat(plaza.get("/api/v1/organizations?slug=" + good.slug(), admin).json().get("items").isEmpty())
			.as("a validation-only job opens no organization").isTrue();
		assertThat(plaza.post(JOBS + "?mode=dry", admin, "text/csv", Businesses.csv(List.of(good))).status()).isEqualTo(400);
	}

	@Test
	void progressStreamsAsServerSentEventsUntilTheJobIsDone() throws Exception {
		String admin = plaza.adminToken();
		String domain = mailDomain();
		List<Business> rows = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			rows.add(Businesses.valid(List.of("ES", "PT", "FR").get(i % 3), "Streamed " + i, domain));
		}
		Response accepted = plaza.post(JOBS, admin, "text/csv", Businesses.csv(rows));
		CompletableFuture<HttpResponse<String>> events = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(plaza.uri(accepted.header("Location") + "/events"))
				.header("Authorization", "Bearer " + admin)
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> stream;
		try {
			stream = events.get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The stream did not end; the job: " + plaza.get(accepted.header("Location"), admin).text());
		}
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		assertThat(stream.body()).contains("event:progress").contains("\"status\":\"running\"");
		assertThat(stream.body().strip()).as("the last event says the job is done")
			.matches("(?s).*event:done\\s*\\ndata:\\{[^\\n]*\"status\":\"completed\"[^\\n]*\\}$");
	}

	@Test
	void aCancelledJobStopsAndIsNotRetried() {
		String admin = plaza.adminToken();
		String domain = mailDomain();
		List<Business> rows = new ArrayList<>();
		for (int i = 0; i < 700; i++) {
			rows.add(Businesses.valid(List.of("ES", "PT", "FR").get(i % 3), "Cancelled " + i, domain));
		}
		String csv = Businesses.csv(rows);
		assertThat(csv.length()).as("larger than the API's usual body limit in tests").isGreaterThan(64 * 1024);
		Response accepted = plaza.post(JOBS, admin, "text/csv", csv);
		assertThat(accepted.status()).as("a job may be as large as plaza.onboarding.max-upload").isEqualTo(202);
		String job = accepted.header("Location");

		Response cancelled = plaza.post(job + "/cancel", admin, null, "");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.json().get("estimatedCompletion").isNull()).isTrue();
		assertThat(plaza.post(job + "/cancel", admin, null, "").json().get("status").asString()).as("idempotent")
			.isEqualTo("cancelled");
		Response retry = plaza.post(job + "/retry-failed", admin, null, "");
		assertThat(retry.status()).isEqualTo(409);
		assertThat(retry.problemType()).isEqualTo("onboarding-job-cancelled");

		// What workers had claimed before the cancel finishes its step; then nothing moves, and the rest stays as it is.
		Map<String, Integer> settled = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
			.until(() -> counts(plaza.get(job, admin).json()), new Predicate<>() {

				private Map<String, Integer> last;

				@Override
				public boolean test(Map<String, Integer> now) {
					boolean still = now.equals(last);
					last = now;
					return still;
				}
			});
		assertThat(settled.get("provisioned")).as("not every business was provisioned").isLessThan(rows.size());
		assertThat(plaza.get(job, admin).json().get("status").asString()).isEqualTo("cancelled");
	}

	@Test
	void aPartnerWithOnboardingWriteSeesOnlyItsOwnJobs() {
		String admin = plaza.adminToken();
		JsonNode organization = plaza.newOrganization(admin);
		TenantCaller partner = plaza.tenantCaller(admin, organization.get("tenants").get(0).get("id").asString(),
				"onboarding:write");
		TenantCaller other = plaza.tenantCaller(admin, plaza.newOrganization(admin).get("tenants").get(0).get("id").asString(),
				"onboarding:write");
		TenantCaller withoutScope = plaza.tenantCaller(admin, organization.get("tenants").get(0).get("id").asString(),
				"ledger:read");
		String csv = Businesses.csv(List.of(Businesses.valid("ES", "Partner SL", mailDomain())));

		Response accepted = plaza.post(JOBS, partner.token(), "text/csv", csv);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		String job = accepted.header("Location");
		assertThat(plaza.get(job, partner.token()).status()).isEqualTo(200);
		assertThat(plaza.get(job, other.token()).status()).as("another partner's job reads as missing").isEqualTo(404);
		assertThat(plaza.get(JOBS, other.token()).json().get("items").valueStream()
			.map(item -> item.get("id").asString())).doesNotContain(accepted.json().get("id").asString());
		assertThat(plaza.get(job, admin).status()).as("the platform sees every job").isEqualTo(200);
		assertThat(plaza.post(JOBS, withoutScope.token(), "text/csv", csv).status()).isEqualTo(403);
		assertThat(counts(awaitSettled(job, partner.token()))).containsEntry("provisioned", 1);
	}

	private String newestJob(String token) {
		JsonNode jobs = plaza.get(JOBS + "?limit=1", token).json().get("items");
		return jobs.isEmpty() ? null : jobs.get(0).get("id").asString();
	}

	private JsonNode awaitSettled(String job, String token) {
		return await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> plaza.get(job, token).json(), view -> !view.get("status").asString().equals("running"));
	}

	private static Map<String, Integer> counts(JsonNode job) {
		Map<String, Integer> counts = new HashMap<>();
		job.get("counts").properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
		return counts;
	}

	private Map<String, Long> invitationsPerAddress(String domain) {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(domain))
			.filter(message -> subject(message).equals("You are invited to Plaza"))
			.collect(Collectors.groupingBy(OnboardingJourneyTest::recipient, Collectors.counting()));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String mailDomain() {
		return "onboarding-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}
}
