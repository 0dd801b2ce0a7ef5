package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.plaza.support.Browsers;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;

/**
 * A person's way into the back office, as staff go: {@code /admin} sends them to Plaza's real login page
 * (authorization code + PKCE), they give their e-mail and password (and choose the environment when they
 * may work in several), and land back in the back office.
 */
final class BackOfficeLogin {

	private BackOfficeLogin() {
	}

	/** Opens the back office at the address and logs the person in; screenshots the login page as {@code <name>-login}. */
	static void logIn(Page page, String adminUrl, Person person, String name) {
		page.navigate(adminUrl);
		assertThat(page.title()).isEqualTo("Log in · Plaza");
		Browsers.screenshot(page, name + "-login");
		Browsers.assertAccessible(page);
		page.getByLabel("E-mail address").fill(person.email());
		page.getByLabel("Password").fill(StaffTokens.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(url -> url.contains("/admin"));
	}

	/** Logs the person in from the back office's address, then opens the page asked for. */
	static void open(Page page, String adminUrl, Person person, String environmentLabel) {
		page.navigate(adminUrl);
		assertThat(page.title()).isEqualTo("Log in · Plaza");
		page.getByLabel("E-mail address").fill(person.email());
		page.getByLabel("Password").fill(StaffTokens.PASSWORD);
		page.locator("button[type=submit]").click();
		if (page.locator("legend").count() > 0 && page.locator("legend").textContent().contains("Which environment")) {
			page.getByLabel(environmentLabel).check();
			page.locator("button[type=submit]").click();
		}
		page.waitForURL(url -> url.contains("/admin"));
		if (!page.url().equals(adminUrl)) {
			page.navigate(adminUrl);
		}
	}
}
