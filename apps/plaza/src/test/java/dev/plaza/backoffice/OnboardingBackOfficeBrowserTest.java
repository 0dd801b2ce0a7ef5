package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organization's admin uploads a file of businesses in the back office, watches the job's progress
 * bar fill without reloading the page, and finds why the business with a wrong tax id was refused; an
 * operator starts a drafted campaign and watches it send the same way, and finds the tenant's webhook endpoints.
 */
@PlazaTest
class OnboardingBackOfficeBrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void anAdminUploadsBusinessesWatchesTheJobFinishAndSeesWhyOneWasRefused() {
		String organization = plaza.newOrganization(plaza.adminToken()).get("id").asString();
		Person admin = staff.person(organization, Set.of(Role.ADMIN), Set.of(Environment.DEMO));
		String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		List<String> rows = new ArrayList<>();
		rows.add("legalName,taxId,country,contactEmail,contactName,iban,address");
		for (int i = 0; i < 3; i++) {
			rows.add(spanish("Browser Business " + i + " SL", domain));
		}
		String wrongTaxId = spanish("Wrong Id SL", domain).replaceFirst(",\\d{8}[A-Z],", ",12345678A,");
		rows.add(wrongTaxId);
		byte[] csv = (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/onboarding").toString(), admin, "Demo");
			assertThat(page.locator("h1").textContent()).isEqualTo("Onboarding");
			assertThat(page.locator("nav[aria-label='Back office'] a[aria-current=page]").textContent()).isEqualTo("Onboarding");
			Browsers.screenshot(page, "backoffice-onboarding");
			Browsers.assertAccessible(page);

			page.getByLabel("File of businesses (CSV with a header row, or NDJSON)").setInputFiles(new FilePayload(
					"businesses.csv", "text/csv", (rows.getFirst() + ",vatNumber\r\n").getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
			page.waitForLoadState();
			assertThat(page.url()).endsWith("/admin/onboarding");
			assertThat(page.locator("#upload-problem").textContent()).contains("vatNumber");
			Browsers.screenshot(page, "backoffice-onboarding-upload-refused");
			Browsers.assertAccessible(page);

			page.getByLabel("File of businesses (CSV with a header row, or NDJSON)")
				.setInputFiles(new FilePayload("businesses.csv", "text/csv", csv));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
			page.waitForURL(url -> url.matches(".*/admin/onboarding/[0-9a-f-]{36}$"));
			String jobUrl = page.url();
			assertThat(page.locator(".notice").textContent()).contains("Uploaded 4 businesses");
			Browsers.screenshot(page, "backoffice-onboarding-job-running");
			Browsers.assertAccessible(page);

			// The page is not reloaded by the test: the progress bar follows the job by itself.
			page.locator("#job-status").getByText("completed")
				.waitFor(new Locator.WaitForOptions().setTimeout(Duration.ofSeconds(60).toMillis()));
			page.waitForLoadState();
			assertThat(page.locator("#job-progress-text").textContent()).startsWith("4 of 4 done (100%), 1 with problems");
			assertThat(page.locator("#job-progress-bar").getAttribute("value")).isEqualTo("4");
			assertThat(page.locator("#job-items tbody tr").count()).isEqualTo(4);
			Browsers.screenshot(page, "backoffice-onboarding-job-completed");
			Browsers.assertAccessible(page);

			page.getByLabel("State").selectOption("invalid");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			page.waitForURL(url -> url.contains("state=invalid"));
			assertThat(page.locator("#job-items tbody tr").count()).isEqualTo(1);
			String refused = page.locator("#job-items tbody tr").textContent();
			assertThat(refused).contains("Wrong Id SL").contains("12345678A").contains("invalid");
			assertThat(page.locator("#job-items .reasons li").first().textContent()).containsIgnoringCase("tax");
			Browsers.screenshot(page, "backoffice-onboarding-job-invalid");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All onboarding jobs")).click();
			page.waitForURL(url -> url.endsWith("/admin/onboarding"));
			Locator job = page.locator("tbody tr").filter(new Locator.FilterOptions()
				.setHas(page.locator("a[href$='" + jobUrl.substring(jobUrl.lastIndexOf('/') + 1) + "']")));
			assertThat(job.textContent()).contains("completed").contains("4 of 4");
			Browsers.screenshot(page, "backoffice-onboarding-jobs");
			Browsers.assertAccessible(page);
		}
	}

	@Test
	void anOperatorStartsACampaignWatchesItSendAndSeesTheWebhookEndpoints() {
		String admin = plaza.adminToken();
		JsonNode created = plaza.newOrganization(admin);
		String tenant = created.get("tenants").get(0).get("id").asString();
		String token = plaza.tenantCaller(admin, tenant, "notifications:read", "notifications:write").token();
		String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		List<Map<String, String>> recipients = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			recipients.add(Map.of("email", "customer-" + i + "@" + domain, "name", "Customer " + i));
		}
		Response campaign = plaza.postJson("/api/v1/campaigns", token, JSON.writeValueAsString(Map.of("subject",
				"Winter sale " + domain, "text", "Hello {{name}}", "recipients", recipients, "start", false)));
		assertThat(campaign.status()).as(campaign.text()).isEqualTo(201);
		String hook = "http://127.0.0.1:9/hooks/" + domain;
		Response endpoint = plaza.postJson("/api/v1/webhooks/endpoints", token, JSON.writeValueAsString(Map.of("url", hook,
				"eventTypes", List.of("*"), "description", "The ERP")));
		assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
		Person operator = staff.person(created.get("id").asString(), Set.of(Role.OPERATOR), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/campaigns").toString(), operator, "Demo");
			assertThat(page.locator("h1").textContent()).isEqualTo("Campaigns");
			assertThat(page.locator("tbody tr").textContent()).contains("Winter sale " + domain).contains("draft");
			Browsers.screenshot(page, "backoffice-campaigns");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Winter sale " + domain)).click();
			page.waitForURL(url -> url.matches(".*/admin/campaigns/[0-9a-f-]{36}$"));
			assertThat(page.locator("#campaign-status").textContent()).isEqualTo("draft");
			assertThat(page.locator("#campaign-progress-text").textContent()).startsWith("0 of 30 done (0%)");
			Browsers.screenshot(page, "backoffice-campaign-draft");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start sending")).click();
			page.locator(".notice").getByText("The campaign is sending.").waitFor();
			// Not reloaded by the test: the bar follows the sending by itself.
			page.locator("#campaign-status").getByText("completed")
				.waitFor(new Locator.WaitForOptions().setTimeout(Duration.ofSeconds(60).toMillis()));
			page.waitForLoadState();
			assertThat(page.locator("#campaign-progress-text").textContent()).startsWith("30 of 30 done (100%): 30 sent");
			assertThat(page.locator("form[action$=cancel]").count()).isZero();
			Browsers.screenshot(page, "backoffice-campaign-completed");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks").setExact(true)).click();
			page.waitForURL(url -> url.endsWith("/admin/webhooks"));
			assertThat(page.locator("#webhook-endpoints tbody tr").textContent()).contains(hook).contains("The ERP");
			Browsers.screenshot(page, "backoffice-webhooks");
			Browsers.assertAccessible(page);
		}
	}

	@Test
	void aFileOfMoreThanAMegabyteIsCheckedWithoutOnboardingAnyone() {
		String organization = plaza.newOrganization(plaza.adminToken()).get("id").asString();
		Person admin = staff.person(organization, Set.of(Role.ADMIN), Set.of(Environment.DEMO));
		String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		StringBuilder file = new StringBuilder("legalName,taxId,country,contactEmail,contactName,iban,address\r\n");
		int rows = 0;
		while (file.length() < 1_500_000) {
			file.append(spanish("Big " + rows++ + " SL", domain)).append("\r\n");
		}
		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/onboarding").toString(), admin, "Demo");
			page.getByLabel("File of businesses (CSV with a header row, or NDJSON)")
				.setInputFiles(new FilePayload("big.csv", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8)));
			page.getByLabel("Only check the rows (nothing is verified or provisioned)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
			page.waitForURL(url -> url.matches(".*/admin/onboarding/[0-9a-f-]{36}$"));
			assertThat(page.locator(".notice").textContent()).contains("Uploaded " + rows + " businesses");
			assertThat(page.locator(".facts").textContent()).contains("only checking the rows");
			Browsers.screenshot(page, "backoffice-onboarding-job-validating");
			Browsers.assertAccessible(page);
		}
	}

	/** A CSV row of a Spanish business whose tax id (NIF) and IBAN have the right check digits. */
	private static String spanish(String name, String mailDomain) {
		long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
		String taxId = String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (n % 23));
		String bban = String.format("%020d", n);
		int check = 98 - new BigInteger(bban + "142800").mod(BigInteger.valueOf(97)).intValue();
		String iban = "ES" + String.format("%02d", check) + bban;
		return String.join(",", '"' + name + '"', taxId, "ES", "owner-" + taxId.toLowerCase() + "@" + mailDomain,
				"\"Owner of " + name + '"', iban, "\"Main street " + n % 100 + '"');
	}
}
