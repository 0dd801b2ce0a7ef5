package dev.plaza.lending;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaClient.TenantCaller;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The journey "an applicant applies and accepts an offer", in a real browser: two lenders take part in
 * the marketplace of a country of their own; an applicant fills in the marketplace's form, watches the page
 * follow the decisions until one lender declines (saying why) and the other offers, with its APR and schedule,
 * accepts the offer and sees the loan. And a form with mistakes says what to fix next to each field. Every page
 * leaves a screenshot ({@code target/surefire-reports/screenshots/loans-*.png}) and passes axe's WCAG AA rules.
 */
@PlazaTest
class LoanPagesBrowserTest {

	/** A country no other test configures, so that only this test's lenders take part in its marketplace. */
	private static final String BELGIUM = "BE";

	private static final String PRIME = "be-prime-eligibility";

	private static final LocatorAssertions.HasCountOptions DECIDED = new LocatorAssertions.HasCountOptions().setTimeout(30_000);

	@Autowired
	PlazaClient plaza;

	DecisionCalls calls;

	TenantCaller prime;

	TenantCaller everyone;

	String primeName;

	String everyoneName;

	@BeforeEach
	void twoBelgianLenders() {
		calls = new DecisionCalls(plaza);
		new Lenders(plaza).publishCountryWithAHighIncomeRuleSet(BELGIUM, "Europe/Brussels", PRIME);
		String admin = plaza.adminToken();
		JsonNode primeOrganization = plaza.newOrganization(admin);
		JsonNode everyoneOrganization = plaza.newOrganization(admin);
		primeName = primeOrganization.get("name").asString();
		everyoneName = everyoneOrganization.get("name").asString();
		prime = belgianLender(admin, primeOrganization);
		everyone = belgianLender(admin, everyoneOrganization);
		Map<String, Object> primeOnly = DecisionCalls.knownProduct("PRIME");
		primeOnly.put("eligibilityRuleSet", PRIME);
		calls.lenders.productOf(prime, primeOnly);
		calls.lenders.productOf(everyone, DecisionCalls.knownProduct("EVERYONE"));
		assertThat(calls.lenders.participate(prime.token(), true, List.of(BELGIUM)).status()).isEqualTo(200);
		assertThat(calls.lenders.participate(everyone.token(), true, List.of(BELGIUM)).status()).isEqualTo(200);
	}

	@AfterEach
	void leaveTheMarketplace() {
		for (TenantCaller lender : new TenantCaller[] { prime, everyone }) {
			if (lender != null) {
				calls.lenders.participate(lender.token(), false, List.of());
			}
		}
	}

	@Test
	void anApplicantAppliesOnTheMarketplaceComparesTheLendersAnswersAndAcceptsAnOffer() {
		try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate(plaza.uri("/marketplace/loans/apply").toString());
			assertThat(page.locator("h1")).hasText("Apply once, compare offers from several lenders");
			Browsers.screenshot(page, "loans-marketplace-apply");
			Browsers.assertAccessible(page);

			page.getByLabel("Country").selectOption(BELGIUM);
			fillIn(page, DecisionCalls.nationalIdScoring(760));
			page.getByLabel("I agree to share this application").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();

			page.waitForURL("**/marketplace/loans/applications/**");
			assertThat(page.locator("h1")).hasText("Your loan application");
			// The page follows the decisions by itself: no reload here.
			Locator offers = page.locator(".offer");
			assertThat(offers).hasCount(1, DECIDED);
			Locator declined = page.locator("#decisions li", new Page.LocatorOptions().setHasText(primeName));
			assertThat(declined).hasCount(1, DECIDED);
			assertThat(declined).containsText("4,000.00");
			assertThat(page.locator(".status")).hasText("The lenders have decided: compare the offers and accept one.");
			Locator offer = offers.first();
			assertThat(offer.locator("h3")).hasText(everyoneName);
			assertThat(offer.locator("dd")).containsText(new String[] { "€10,000.00", "12 months", "€888.49", "€6", "12.00%",
					"12.68%" });
			offer.locator("summary").click();
			assertThat(offer.locator(".schedule tbody tr")).hasCount(12);
			Browsers.screenshot(page, "loans-marketplace-offers");
			Browsers.assertAccessible(page);

			offer.getByRole(AriaRole.BUTTON).click();
			page.waitForURL("**/loan?sig=*");
			assertThat(page.locator("h1")).hasText("Your loan is open");
			assertThat(page.locator("#first-installment")).hasText("€888.49");
			Browsers.screenshot(page, "loans-marketplace-loan");
			Browsers.assertAccessible(page);

			String loan = page.locator("#loan-id").textContent().strip();
			Response read = plaza.get("/api/v1/lending/loans/" + loan, everyone.token());
			assertThat(read.status()).as("the lender sees the loan the applicant was shown: %s", read.text()).isEqualTo(200);
			assertThat(read.json().get("principal").asLong()).isEqualTo(1_000_000);
		}
	}

	@Test
	void aFormWithMistakesSaysWhatToFixNextToEachField() {
		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			page.navigate(plaza.uri("/marketplace/loans/apply").toString());
			page.getByLabel("Country").selectOption(BELGIUM);
			fillIn(page, DecisionCalls.nationalIdScoring(760));
			page.getByLabel("Amount").fill("ten thousand");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();

			assertThat(page.locator("#problems")).containsText("There is a problem with your application");
			assertThat(page.locator("#f-amount-error")).hasText("Enter the amount you want to borrow, such as 5000.");
			assertThat(page.getByLabel("Amount")).hasAttribute("aria-invalid", "true");
			assertThat(page.getByLabel("Amount")).hasAttribute("aria-describedby", "f-amount-hint f-amount-error");
			assertThat(page.locator("#f-consent-error")).containsText("Tick the box to share your application");
			assertThat(page.locator("#f-consent")).hasAttribute("aria-describedby", "f-consent-error");
			assertThat(page.locator("#problems a")).hasCount(2);
			assertThat(page.locator("#problems a").first()).hasAttribute("href", "#f-amount");
			assertThat(page.getByLabel("Full name")).hasValue("Lena Peeters");
			Browsers.screenshot(page, "loans-marketplace-mistakes");
			Browsers.assertAccessible(page);

			// On a lender's own storefront, the form knows its products: more than they lend is refused there.
			page.navigate(plaza.uri("/t/" + everyone.tenantId() + "/loans/apply").toString());
			assertThat(page.locator("#f-term option")).hasText(new String[] { "Choose…", "12 months", "24 months" });
			fillIn(page, DecisionCalls.nationalIdScoring(760));
			page.getByLabel("Amount").fill("25000");
			page.getByLabel("I agree that").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("#f-amount-error")).hasText("Enter at most 20000.00 EUR: the most this lender lends.");
			assertThat(page.locator("#problems a")).hasCount(1);
			Browsers.screenshot(page, "loans-storefront-mistakes");
			Browsers.assertAccessible(page);
		}
	}

	/** The applicant: earning 3,000.00 a month, asking 10,000.00 over 12 months. */
	private static void fillIn(Page page, String nationalId) {
		page.getByLabel("Full name").fill("Lena Peeters");
		page.getByLabel("National identity number").fill(nationalId);
		page.getByLabel("Date of birth").fill("1988-03-14");
		page.getByLabel("E-mail").fill("lena-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
		page.getByLabel("Net monthly income").fill("3000");
		page.getByLabel("Employment").selectOption("employed");
		page.getByLabel("Address").fill("Rue Haute 1, 1000 Bruxelles");
		page.getByLabel("Amount").fill("10000");
		page.getByLabel("Repay over").selectOption("12");
		page.getByLabel("Purpose").fill("car");
	}

	/** The organization's demo tenant as a lender that chose Belgium. */
	private TenantCaller belgianLender(String admin, JsonNode organization) {
		TenantCaller lender = plaza.tenantCaller(admin, organization.get("tenants").get(0).get("id").asString(), "lending:read",
				"lending:write", "config:write");
		Response chosen = calls.lenders.put("/api/v1/config/tenant", lender.token(), Map.of("country", BELGIUM, "overrides", Map.of()));
		assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
		return lender;
	}
}
