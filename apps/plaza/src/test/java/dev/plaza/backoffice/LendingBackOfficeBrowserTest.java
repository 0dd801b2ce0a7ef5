package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plaza.identity.domain.Role;
import dev.plaza.lending.Lenders;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An operator in the back office approves an application waiting in manual review on a shorter term
 * than applied for (after the API refused a rate above the country's cap, the typed values kept) and
 * sees the decision; an analyst sees the queue, the review, the loans in arrears and a late loan's
 * schedule, with no control to approve or decline.
 */
@PlazaTest
class LendingBackOfficeBrowserTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void anOperatorApprovesAnApplicationInReviewOnAShorterTermAndSeesTheDecision() {
		Lender lender = new Lender(plaza);
		String application = lender.applied(600, 24);
		lender.inReview(application);
		Person operator = staff.person(lender.organization, Set.of(Role.OPERATOR), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/lending/reviews").toString(), operator, "Demo");
			assertThat(page.locator("h1").textContent()).isEqualTo("Loan reviews");
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);
			assertThat(page.locator("tbody tr").textContent()).contains("Lucía Martín").contains("10000.00 EUR")
				.contains("24 months").contains("600");
			Browsers.screenshot(page, "backoffice-lending-reviews");
			Browsers.assertAccessible(page);

			page.locator("tbody tr a").click();
			page.waitForURL(url -> url.matches(".*/admin/lending/reviews/[0-9a-f-]{36}$"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Review of Lucía Martín’s application");
			assertThat(page.locator("#review-score").textContent()).isEqualTo("600");
			assertThat(page.locator(".reasons li").allTextContents()).anyMatch(reason -> reason.contains("borderline_score"));
			assertThat(page.getByLabel("Term (months)").inputValue()).isEqualTo("24");
			Browsers.screenshot(page, "backoffice-lending-review");
			Browsers.assertAccessible(page);

			page.getByLabel("Yearly rate (%)").fill("25");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
			page.waitForURL(url -> url.endsWith("/approve"));
			assertThat(page.locator("#approve-problem").textContent()).isNotBlank();
			assertThat(page.getByLabel("Yearly rate (%)").inputValue()).isEqualTo("25");
			assertThat(page.getByLabel("Term (months)").inputValue()).isEqualTo("24");
			Browsers.screenshot(page, "backoffice-lending-review-refused");
			Browsers.assertAccessible(page);

			page.getByLabel("Yearly rate (%)").fill("");
			page.getByLabel("Term (months)").fill("12");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
			page.waitForURL(url -> url.endsWith("/admin/lending/reviews"));
			assertThat(page.locator(".notice").textContent()).contains("Lucía Martín")
				.contains("10000.00 EUR over 12 months at 12.00 % a year");
			assertThat(page.locator("tbody tr").count()).as("no longer waiting").isZero();
			Browsers.screenshot(page, "backoffice-lending-review-approved");
			Browsers.assertAccessible(page);
		}
		JsonNode offer = lender.offer(application);
		assertThat(offer.get("termMonths").asInt()).isEqualTo(12);
		assertThat(offer.get("amount").asLong()).isEqualTo(1_000_000);
	}

	@Test
	void anAnalystSeesTheQueueAndALoansScheduleWithoutAnyControlToDecide() {
		Lender lender = new Lender(plaza);
		lender.inReview(lender.applied(610, 12));
		String late = lender.loan();
		lender.paidFirstInstallment(lender.loan());
		lender.closeBusinessDaysAfterTheFirstDueDate(late, 5);
		Person analyst = staff.person(lender.organization, Set.of(Role.ANALYST), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.open(page, plaza.uri("/admin/lending/reviews").toString(), analyst, "Demo");
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);
			Browsers.screenshot(page, "backoffice-lending-reviews-analyst");
			Browsers.assertAccessible(page);

			page.locator("tbody tr a").click();
			page.waitForURL(url -> url.matches(".*/admin/lending/reviews/[0-9a-f-]{36}$"));
			assertThat(page.locator("#review-score").textContent()).isEqualTo("610");
			assertThat(page.locator("main form").count()).isZero();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).count()).isZero();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline")).count()).isZero();
			Browsers.screenshot(page, "backoffice-lending-review-analyst");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Loans").setExact(true)).click();
			page.waitForURL(url -> url.endsWith("/admin/lending/loans"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Loans");
			assertThat(page.locator("tbody tr").count()).isEqualTo(2);
			Browsers.screenshot(page, "backoffice-lending-loans");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Loans in arrears")).click();
			page.waitForURL(url -> url.contains("/admin/lending/arrears"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Loans in arrears");
			page.getByLabel("Arrears bucket (days past due)").selectOption("1-30");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			page.waitForURL(url -> url.contains("arrearsBucket=1-30"));
			assertThat(page.locator("tbody tr").count()).as("only the loan past due").isEqualTo(1);
			assertThat(page.locator("tbody tr").textContent()).contains("10000.00 EUR").contains("1-30");
			Browsers.screenshot(page, "backoffice-lending-arrears");
			Browsers.assertAccessible(page);

			page.locator("tbody tr a").click();
			page.waitForURL(url -> url.endsWith("/admin/lending/loans/" + late));
			assertThat(page.locator("h1").textContent()).isEqualTo("Loan " + late);
			assertThat(page.locator("#loan-schedule tbody tr").count()).isEqualTo(12);
			assertThat(page.locator("#loan-schedule tbody tr").first().textContent()).contains("100.00 EUR")
				.contains("overdue");
			assertThat(Integer.parseInt(page.locator("#loan-days-past-due").textContent())).isPositive();
			assertThat(page.locator("#loan-arrears").textContent()).isEqualTo("1-30");
			assertThat(page.locator("main form").count()).isZero();
			Browsers.screenshot(page, "backoffice-lending-loan");
			Browsers.assertAccessible(page);
		}
	}

	/**
	 * A Spanish lender (a new organization's demo tenant) with the known product (10,000.00 € at 12 %
	 * over 12 or 24 months, no fee) and its own storefront, where applicants apply; the bundled credit
	 * bureau reports the score the national id ends with.
	 */
	static final class Lender {

		private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

		final String organization;

		private final PlazaClient plaza;

		private final Lenders lenders;

		private final TenantCaller caller;

		private final String storefront;

		Lender(PlazaClient plaza) {
			this.plaza = plaza;
			this.lenders = new Lenders(plaza);
			this.caller = lenders.lender("ES", "tenant:read");
			Map<String, Object> product = Lenders.product("KNOWN", 1200);
			product.put("termsMonths", List.of(12, 24));
			product.put("originationFeeBasisPoints", 0);
			lenders.productOf(caller, product);
			this.storefront = plaza.serveStorefrontAt(caller.tenantId(), "loans-" + caller.tenantId().substring(24) + ".example.com");
			this.organization = ok(plaza.get("/api/v1/tenant", caller.token())).json().get("organization").get("id").asString();
		}

		/** Lucía applies for 10,000.00 € over the term with a report of that score; answers the application's id. */
		@SuppressWarnings("unchecked")
		String applied(int score, int termMonths) {
			Map<String, Object> application = Lenders.application("ES");
			application.put("amount", 1_000_000);
			application.put("termMonths", termMonths);
			Map<String, Object> applicant = (Map<String, Object>) application.get("applicant");
			int number = ThreadLocalRandom.current().nextInt(10_000, 99_999) * 1000 + score;
			applicant.put("nationalId", "%08d%c".formatted(number, DNI_LETTERS.charAt(number % 23)));
			applicant.put("income", 300_000);
			Response submitted = lenders.applyAt(storefront, application);
			assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
			return submitted.json().get("id").asString();
		}

		void inReview(String application) {
			await().atMost(Duration.ofSeconds(30)).until(() -> review(application).isPresent());
		}

		/** A loan opened from an approved application's offer, accepted; answers its id. */
		String loan() {
			String application = applied(750, 12);
			JsonNode offer = offer(application);
			Response accepted = plaza.postJson("/api/v1/lending/applications/" + application + "/offers/"
					+ offer.get("id").asString() + "/accept", caller.token(), "");
			return ok(accepted).json().get("loanId").asString();
		}

		/** The borrower pays the loan's first installment today. */
		void paidFirstInstallment(String loan) {
			JsonNode read = ok(plaza.get("/api/v1/lending/loans/" + loan, caller.token())).json();
			Response paid = plaza.postJson("/api/v1/lending/loans/" + loan + "/repayments", caller.token(),
					Lenders.JSON.writeValueAsString(Map.of("amount", read.get("schedule").get(0).get("total").asLong(),
							"reference", "first-" + loan)));
			assertThat(paid.status()).as(paid.text()).isEqualTo(201);
		}

		/** Runs the close of business up to that many days after the loan's first installment fell due. */
		void closeBusinessDaysAfterTheFirstDueDate(String loan, int days) {
			JsonNode read = ok(plaza.get("/api/v1/lending/loans/" + loan, caller.token())).json();
			LocalDate date = LocalDate.parse(read.get("schedule").get(0).get("dueDate").asString()).plusDays(days);
			ok(plaza.postJson("/api/v1/lending/close-of-business", caller.token(),
					Lenders.JSON.writeValueAsString(Map.of("businessDate", date.toString()))));
		}

		JsonNode offer(String application) {
			await().atMost(Duration.ofSeconds(30)).until(() -> offers(application).size() == 1);
			return offers(application).getFirst();
		}

		private List<JsonNode> offers(String application) {
			return ok(plaza.get("/api/v1/lending/applications/" + application + "/offers", caller.token())).json()
				.get("items").valueStream().toList();
		}

		private Optional<JsonNode> review(String application) {
			return ok(plaza.get("/api/v1/lending/reviews", caller.token())).json()
				.get("items")
				.valueStream()
				.filter(review -> application.equals(review.get("applicationId").asString()))
				.findFirst();
		}

		private static Response ok(Response response) {
			assertThat(response.status()).as(response.text()).isEqualTo(200);
			return response;
		}
	}
}
