package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An analyst can look but not change: they log into the back office through Plaza's real login
 * page, see today's figures, the people, the audit log and the configuration, find no control that
 * writes, and a write forged past the page — with a valid CSRF token — is refused by the server.
 */
@PlazaTest
class BackOfficeAnalystJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Test
	void anAnalystCanLookButNotChange() {
		JsonNode organization = plaza.newOrganization(plaza.adminToken());
		String organizationId = organization.get("id").asString();
		Person colleague = staff.person(organizationId, Set.of(Role.OPERATOR), Set.of(Environment.DEMO));
		Person analyst = staff.person(organizationId, Set.of(Role.ANALYST), Set.of(Environment.DEMO));

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.logIn(page, plaza.uri("/admin").toString(), analyst, "admin-analyst");

			assertThat(page.locator("h1").textContent()).isEqualTo("Today");
			assertThat(page.locator(".figures li").allTextContents()).anySatisfy(
					figure -> assertThat(figure).contains("Loans in arrears"));
			assertThat(page.locator("nav[aria-label='Back office'] a").allTextContents())
				.containsExactly("Today", "Users and roles", "Audit log", "Orders", "Loan reviews", "Loans", "Configuration",
						"Campaigns", "Webhooks");
			assertNoWriteControl(page);
			Browsers.screenshot(page, "admin-analyst-home");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users and roles")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Users and roles");
			assertThat(page.locator("tbody").textContent()).contains(colleague.email()).contains(analyst.email());
			assertNoWriteControl(page);
			Browsers.screenshot(page, "admin-analyst-users");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
			assertThat(page.locator("#verification").textContent()).contains("Chain verified");
			page.getByLabel("Action").fill("login");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			assertThat(page.url()).contains("action=login");
			assertThat(page.locator("tbody tr").allTextContents()).isNotEmpty()
				.allSatisfy(row -> assertThat(row).contains("login"))
				.anySatisfy(row -> assertThat(row).contains(analyst.id().toString()));
			Browsers.screenshot(page, "admin-analyst-audit");
			Browsers.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Configuration")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Configuration");
			assertNoWriteControl(page);
			Browsers.screenshot(page, "admin-analyst-configuration");
			Browsers.assertAccessible(page);

			// The page offers no invitation, so the analyst forges one, with the session's own CSRF token.
			String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
			APIResponse forged = page.request().post(plaza.uri("/admin/users").toString(), RequestOptions.create()
				.setMaxRedirects(0)
				.setForm(FormData.create().set("_csrf", csrf).set("email", "mallory@example.com").set("name", "Mallory")
					.set("role", "owner").set("environments", "demo")));
			assertThat(forged.status()).isEqualTo(403);
			assertThat(forged.text()).contains("Not allowed");
		}
		assertThat(plaza.get("/api/v1/organizations/" + organizationId + "/users", plaza.adminToken()).text())
			.as("nobody was invited").doesNotContain("mallory@example.com");
	}

	/** Only the log-out button, and on filtered lists the filter: nothing that changes anything. */
	private static void assertNoWriteControl(Page page) {
		assertThat(page.locator("main form[method=post]").count()).isZero();
		assertThat(page.locator("button").allTextContents()).allSatisfy(
				button -> assertThat(button.strip()).isIn("Log out", "Filter", "Compare"));
	}
}
