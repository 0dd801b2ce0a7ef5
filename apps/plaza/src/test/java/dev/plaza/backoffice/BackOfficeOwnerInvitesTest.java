package dev.plaza.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.StaffTokens;
import dev.plaza.support.StaffTokens.Person;
import dev.plaza.tenancy.Environment;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An owner invites a user from the back office: the invitation e-mail arrives, the invited person
 * chooses a password from its link and logs into the back office themselves.
 */
@PlazaTest
class BackOfficeOwnerInvitesTest {

	private static final Pattern ACTIVATION = Pattern.compile("https?://[^\\s/]+(/account/activate\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	PlazaClient plaza;

	@Autowired
	StaffTokens staff;

	@Autowired
	GreenMail smtp;

	@Test
	void anOwnerInvitesAUser() {
		JsonNode organization = plaza.newOrganization(plaza.adminToken());
		Person owner = staff.person(organization.get("id").asString(), Set.of(Role.OWNER), Set.of(Environment.DEMO));
		String invited = "invited-" + System.nanoTime() + "@backoffice.example";

		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			BackOfficeLogin.logIn(page, plaza.uri("/admin").toString(), owner, "admin-owner");
			assertThat(page.locator("h1").textContent()).isEqualTo("Today");
			Browsers.screenshot(page, "admin-owner-home");
			Browsers.assertAccessible(page);

			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Users and roles")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Users and roles");
			assertThat(page.locator("tbody").textContent()).contains(owner.email());
			Browsers.screenshot(page, "admin-owner-users");
			Browsers.assertAccessible(page);

			page.getByLabel("E-mail address").fill(invited);
			page.getByLabel("Name").fill("Ines Invited");
			page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("analyst");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();

			assertThat(page.locator("[role=status]").textContent()).contains("Invited " + invited);
			assertThat(page.locator("tbody").textContent()).contains(invited).contains("invited");
			Browsers.screenshot(page, "admin-owner-invited");
			Browsers.assertAccessible(page);
		}

		String link = await().atMost(Duration.ofSeconds(20)).until(() -> activationLink(invited), Optional::isPresent).get();
		Person person = new Person(null, invited, organization.get("id").asString(), null);
		try (BrowserContext context = Browsers.chromium().newContext()) {
			Page page = context.newPage();
			page.navigate(plaza.uri(link).toString());
			Browsers.screenshot(page, "admin-invited-password");
			Browsers.assertAccessible(page);
			page.getByLabel("New password").fill(StaffTokens.PASSWORD);
			page.getByLabel("Repeat the password").fill(StaffTokens.PASSWORD);
			page.locator("button[type=submit]").click();
			Browsers.screenshot(page, "admin-invited-password-saved");

			BackOfficeLogin.logIn(page, plaza.uri("/admin").toString(), person, "admin-invited");
			assertThat(page.locator("h1").textContent()).isEqualTo("Today");
			assertThat(page.locator("header").textContent()).contains("Ines Invited");
			Browsers.screenshot(page, "admin-invited-home");
			Browsers.assertAccessible(page);
		}
	}

	private Optional<String> activationLink(String address) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> recipient(message).equalsIgnoreCase(address))
			.map(GreenMailUtil::getBody)
			.map(body -> body.replace("=\r\n", "").replace("=3D", "="))
			.map(ACTIVATION::matcher)
			.filter(Matcher::find)
			.map(found -> found.group(1))
			.reduce((first, second) -> second);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
