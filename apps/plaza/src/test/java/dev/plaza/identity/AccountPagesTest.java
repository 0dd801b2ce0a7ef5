package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.identity.AccountBrowser.Page;
import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.LoginRefused;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.StaffPasswordChanged;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages behind the e-mailed links, driven as a browser would: open the link, submit the form
 * with the CSRF token the page carries. An invited person chooses a password and is active; weak
 * passwords are refused next to the field; used and expired links show a page saying so; a
 * forgotten password is reset by e-mail, which also lifts a lockout.
 */
@PlazaTest
class AccountPagesTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Autowired
	AccountLinks links;

	@Autowired
	StaffLogin login;

	@Autowired
	RecordedEvents events;

	@Autowired
	JwtEncoder signer;

	@Autowired
	TokenAuthority authority;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Staff staff;

	AccountBrowser browser;

	@BeforeEach
	void anOrganization() {
		staff = new Staff(plaza, smtp, links, signer, authority);
		browser = new AccountBrowser(plaza.uri("/"));
	}

	@Test
	void anInvitedPersonChoosesAPasswordOnTheLinkedPageAndIsActive() {
		String id = staff.invite(staff.admin, "ana", "analyst").json().get("id").asString();
		StaffMail.Link link = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);

		Page form = browser.get(link.pathAndQuery());
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(form.html().select("label[for=password]")).hasSize(1);
		assertThat(form.html().select("input[name=_csrf]")).hasSize(1);
		assertThat(form.html().select("input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(form.header("Content-Security-Policy")).contains("default-src 'none'");
		String stylesheet = form.html().selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(browser.get(stylesheet).status()).as("the page's stylesheet is served").isEqualTo(200);
		Page done = browser.submit(form, Map.of("password", Staff.PASSWORD, "passwordConfirmation", Staff.PASSWORD));

		assertThat(done.status()).isEqualTo(200);
		assertThat(done.text()).contains("Your password is saved");
		assertThat(plaza.get(staff.users() + "/" + id, staff.admin).json().get("status").asString()).isEqualTo("active");
		assertThat(login.authenticate(staff.email("ana"), Staff.PASSWORD, "127.0.0.1").id()).hasToString(id);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		staff.invite(staff.admin, "ana", "analyst");
		StaffMail.Link link = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);
		browser.get(link.pathAndQuery());

		Page forged = browser.post("/account/activate", Map.of("token", link.token(), "password", Staff.PASSWORD));

		assertThat(forged.status()).isEqualTo(403);
		assertThat(browser.get(link.pathAndQuery()).status()).as("the link still works").isEqualTo(200);
	}

	@Test
	void shortLongCommonAndPersonalPasswordsAreRefusedNextToTheField() {
		staff.invite(staff.admin, "ana", "analyst");
		Page form = browser.get(StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1).pathAndQuery());

		for (Map.Entry<String, String> weak : Map.of("short pass", "at least 12 characters", "qwerty123456",
				"commonly used", "Person ana " + staff.email("ana"), "e-mail address or name",
				"a long and winding road ".repeat(4), "at most 72 bytes").entrySet()) {
			Page refused = browser.submit(form, Map.of("password", weak.getKey(), "passwordConfirmation", weak.getKey()));

			assertThat(refused.status()).as(weak.getKey()).isEqualTo(400);
			assertThat(refused.html().select("#password-error").text()).as(weak.getKey()).contains(weak.getValue());
			assertThat(refused.html().select("#password").attr("aria-describedby")).contains("password-error");
			assertThat(refused.html().select(".summary a[href=#password]")).isNotEmpty();
		}
		Page mismatch = browser.submit(form, Map.of("password", Staff.PASSWORD, "passwordConfirmation", "something else"));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.html().select("#passwordConfirmation-error").text()).contains("repeat the password");
	}

	@Test
	void aUsedLinkShowsAPageSayingSo() {
		staff.invite(staff.admin, "ana", "analyst");
		StaffMail.Link link = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);
		Page form = browser.get(link.pathAndQuery());
		browser.submit(form, Map.of("password", Staff.PASSWORD, "passwordConfirmation", Staff.PASSWORD));

		Page again = browser.get(link.pathAndQuery());
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.text()).contains("This link no longer works");
		Page resubmitted = browser.submit(form, Map.of("password", "another good passphrase", "passwordConfirmation",
				"another good passphrase"));
		assertThat(resubmitted.status()).isEqualTo(410);
		assertThat(browser.get("/account/activate?token=" + "x".repeat(43)).status()).as("a token never given out").isEqualTo(410);
	}

	@Test
	void anExpiredLinkShowsAPageSayingSo() {
		staff.invite(staff.admin, "ana", "analyst");
		StaffMail.Link link = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);
		// 72 hours later, as far as the link is concerned.
		TenantContext.runAs(TenantId.PLATFORM, () -> transactions.executeWithoutResult(status -> jdbc.sql("""
				UPDATE identity.staff_tokens SET expires_at = now() - interval '1 second'
				WHERE member_id = (SELECT id FROM identity.staff_members WHERE email = :email)""")
			.param("email", staff.email("ana"))
			.update()));

		Page expired = browser.get(link.pathAndQuery());

		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.text()).contains("This link expired").contains("new invitation");
	}

	@Test
	void aNewInvitationEndsTheEarlierLink() {
		String id = staff.invite(staff.admin, "ana", "analyst").json().get("id").asString();
		StaffMail.Link first = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);

		assertThat(plaza.post(staff.users() + "/" + id + "/invitation", staff.admin, null, "").status()).isEqualTo(202);
		StaffMail.Link second = StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 2);

		assertThat(second.token()).isNotEqualTo(first.token());
		assertThat(browser.get(first.pathAndQuery()).status()).isEqualTo(410);
		assertThat(browser.get(second.pathAndQuery()).status()).isEqualTo(200);
	}

	@Test
	void aForgottenPasswordIsResetByEmailWhichAlsoLiftsTheLockout() {
		String id = staff.active("ana", "operator");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThatThrownBy(() -> login.authenticate(staff.email("ana"), "not my password", "127.0.0.1"))
				.isInstanceOf(LoginRefused.class);
		}
		assertThatThrownBy(() -> login.authenticate(staff.email("ana"), Staff.PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(LoginRefused.Reason.LOCKED));

		Page request = browser.get("/account/password-reset");
		assertThat(request.html().select("label[for=email]")).hasSize(1);
		Page sent = browser.submit(request, Map.of("email", staff.email("ana")));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(browser.submit(request, Map.of("email", staff.email("ana"))).text()).as("asked twice")
			.isEqualTo(sent.text());
		Page form = browser.get(StaffMail.awaitLink(smtp, staff.email("ana"), "/account/reset", 1).pathAndQuery());
		Page done = browser.submit(form, Map.of("password", "a brand new passphrase", "passwordConfirmation",
				"a brand new passphrase"));

		assertThat(done.status()).isEqualTo(200);
		assertThat(login.authenticate(staff.email("ana"), "a brand new passphrase", "127.0.0.1").email())
			.isEqualTo(staff.email("ana"));
		assertThat(StaffMail.linksTo(smtp, staff.email("ana"), "/account/reset")).as("one e-mail a minute at most").hasSize(1);
		assertThatThrownBy(() -> login.authenticate(staff.email("ana"), Staff.PASSWORD, "127.0.0.1"))
			.isInstanceOf(LoginRefused.class);
		await("the login side is told to end the person's other sessions")
			.until(events::staffEvents, seen -> seen.contains(new StaffPasswordChanged(UUID.fromString(id))));
	}

	@Test
	void aResetRequestForAnUnknownAddressAnswersTheSameAndSendsNothing() {
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@" + staff.domain;
		Page request = browser.get("/account/password-reset");

		Page sent = browser.submit(request, Map.of("email", unknown));

		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.text()).contains("Check your inbox");
		staff.invite(staff.admin, "ana", "analyst");
		StaffMail.awaitLink(smtp, staff.email("ana"), "/account/activate", 1);
		assertThat(smtp.getReceivedMessagesForDomain(staff.domain)).as("only the invitation sent since").hasSize(1);
	}
}
