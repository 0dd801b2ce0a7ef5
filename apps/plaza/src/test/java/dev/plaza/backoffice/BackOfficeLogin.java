package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.plaza.support.Browsers;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;

/** A person's way into the back office: the address, Plaza's real login page, their password. */
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
}
