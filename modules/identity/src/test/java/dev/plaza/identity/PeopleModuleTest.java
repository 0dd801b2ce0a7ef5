package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.LoginRefused;
import dev.plaza.identity.application.LoginRefused.Reason;
import dev.plaza.identity.application.People;
import dev.plaza.identity.application.SecondFactors;
import dev.plaza.identity.application.StaffCaller;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.StaffMember;
import dev.plaza.identity.application.StaffProfile;
import dev.plaza.identity.domain.Role;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.tenancy.OrganizationId;
import dev.plaza.tenancy.application.TenantDirectoryService;
import dev.plaza.tenancy.domain.Organization;
import dev.plaza.tenancy.domain.OrganizationSlug;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's login rules on the real database: an invited person activates with the e-mailed link and
 * a good password, logs in, is locked out after repeated failures, and gives each TOTP code once; an
 * organization that requires a second factor sends those without one an enrolment link instead of
 * letting them in. Codes are computed here as an authenticator app would, from the enrolled secret.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "plaza.identity.issuer=https://plaza.test",
		"plaza.identity.admin-credentials=${plaza.home}/admin-credentials" })
class PeopleModuleTest {

	private static final String PASSWORD = "tangerine piano umbrella";

	private static final Pattern LINK = Pattern.compile("https://plaza\\.test(/account/[a-z-]+)\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	People people;

	@Autowired
	AccountLinks links;

	@Autowired
	StaffLogin login;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	TenantDirectoryService organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	OrganizationId organization;

	TenantId tenant;

	@BeforeEach
	void anOrganization() {
		OrganizationSlug slug = new OrganizationSlug("org-" + UUID.randomUUID().toString().substring(0, 8));
		Organization founded = TenantContext.callAs(TenantId.PLATFORM, () -> organizations.foundOrganization(slug, "Organization"));
		organization = founded.id();
		tenant = founded.tenants().getLast().id();
	}

	@Test
	void anInvitedPersonActivatesWithTheEmailedLinkAndLogsIn() {
		String email = uniqueEmail();
		StaffProfile invited = asPlatform(() -> people.invite(StaffCaller.platform(), organization, email, "Ana Lima",
				List.of("analyst"), List.of("production")));
		assertThatThrownBy(() -> login.authenticate(email, PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.NOT_ACTIVATED));

		links.activate(linkTo(email, "/account/activate"), PASSWORD);

		StaffMember member = login.authenticate(email.toUpperCase(Locale.ROOT), PASSWORD, "127.0.0.1");
		assertThat(member.id()).isEqualTo(invited.id());
		assertThat(member.organization()).isEqualTo(organization);
		assertThat(member.roles()).containsExactly(Role.ANALYST);
		assertThat(member.scopes()).contains("orders:read").doesNotContain("orders:write", "users:write");
		assertThat(member.secondFactor()).isFalse();
	}

	@Test
	void anInvitationLinkWorksOnceAndOnlyWithAnAcceptablePassword() {
		String email = uniqueEmail();
		invite(email, "operator");
		String token = linkTo(email, "/account/activate");

		assertThatThrownBy(() -> links.activate(token, "short"))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.fieldErrors().getFirst().field()).isEqualTo("password"));
		assertThatThrownBy(() -> links.activate(token, "qwerty123456"))
			.hasMessageContaining("commonly used");
		links.activate(token, PASSWORD);

		assertThatThrownBy(() -> links.activate(token, PASSWORD + " again"))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("link-used"));
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightOne() {
		String email = activePerson("operator");
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThatThrownBy(() -> login.authenticate(email, "wrong password here", "127.0.0.1"))
				.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.BAD_CREDENTIALS));
		}
		Instant fifth = Instant.now();
		assertThatThrownBy(() -> login.authenticate(email, "wrong password here", "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.LOCKED);
				assertThat(refused.lockedUntil()).isBetween(fifth.plus(Duration.ofSeconds(55)), fifth.plus(Duration.ofSeconds(65)));
			});

		assertThatThrownBy(() -> login.authenticate(email, PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.LOCKED));
	}

	@Test
	void anUnknownEmailIsRefusedLikeAWrongPassword() {
		assertThatThrownBy(() -> login.authenticate(uniqueEmail(), PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.BAD_CREDENTIALS));
	}

	@Test
	void anEnrolledSecondFactorAcceptsEachCodeOnce() throws Exception {
		String email = activePerson("admin");
		UUID id = login.authenticate(email, PASSWORD, "127.0.0.1").id();
		String secret = TenantContext.callAs(tenant, () -> secondFactors.start(id)).secret();
		TenantContext.runAs(tenant, () -> secondFactors.confirm(id, codeAt(secret, Instant.now())));
		assertThat(login.authenticate(email, PASSWORD, "127.0.0.1").secondFactor()).isTrue();

		String next = codeAt(secret, Instant.now().plusSeconds(30));
		assertThat(login.verifySecondFactor(id, next, "127.0.0.1")).isTrue();
		assertThat(login.verifySecondFactor(id, next, "127.0.0.1")).as("the same code again").isFalse();
		assertThat(login.verifySecondFactor(id, "000000".equals(next) ? "111111" : "000000", "127.0.0.1")).isFalse();
	}

	@Test
	void aRequiredSecondFactorNotEnrolledRefusesLoginAndEmailsAnEnrolmentLink() {
		String email = activePerson("owner");
		asPlatform(() -> people.requireSecondFactor(StaffCaller.platform(), organization, List.of("owner", "admin")));

		assertThatThrownBy(() -> login.authenticate(email, PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(Reason.SECOND_FACTOR_NOT_ENROLLED));
		String token = linkTo(email, "/account/second-factor");
		String secret = links.secondFactorEnrolment(token).secret();
		assertThat(links.secondFactorEnrolment(token).secret()).as("the page shown again").isEqualTo(secret);
		links.confirmSecondFactor(token, codeAt(secret, Instant.now()));

		assertThat(login.authenticate(email, PASSWORD, "127.0.0.1").secondFactor()).isTrue();
	}

	@Test
	void anEnrolmentLinkNeverShowsASecretOnceTheFactorIsEnrolledAnotherWay() {
		String email = activePerson("admin");
		asPlatform(() -> people.requireSecondFactor(StaffCaller.platform(), organization, List.of("admin")));
		assertThatThrownBy(() -> login.authenticate(email, PASSWORD, "127.0.0.1")).isInstanceOf(LoginRefused.class);
		String token = linkTo(email, "/account/second-factor");
		UUID id = asPlatform(() -> people.page(organization, NewestFirstPage.of(null, 10)))
			.getFirst().id();

		String secret = TenantContext.callAs(tenant, () -> secondFactors.start(id)).secret();
		TenantContext.runAs(tenant, () -> secondFactors.confirm(id, codeAt(secret, Instant.now())));

		assertThatThrownBy(() -> links.secondFactorEnrolment(token))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.type().slug()).isEqualTo("link-used"));
	}

	@Test
	void aSuspendedPersonCannotLogIn() {
		String email = activePerson("support");
		UUID id = login.authenticate(email, PASSWORD, "127.0.0.1").id();

		asPlatform(() -> people.change(StaffCaller.platform(), organization, id, new People.Changes(null, null, null, "suspended")));

		assertThatThrownBy(() -> login.authenticate(email, PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.SUSPENDED));
		assertThat(login.active(id)).isEmpty();
	}

	private String activePerson(String role) {
		String email = uniqueEmail();
		invite(email, role);
		links.activate(linkTo(email, "/account/activate"), PASSWORD);
		return email;
	}

	private void invite(String email, String role) {
		asPlatform(() -> people.invite(StaffCaller.platform(), organization, email, "Test Person", List.of(role),
				List.of("production")));
	}

	/** The token of the newest link of this kind e-mailed to the address, as the person would click it. */
	private String linkTo(String email, String path) {
		List<String> bodies = TenantContext.callAs(tenant, () -> transactions.execute(status -> jdbc
			.sql("SELECT text_body FROM notifications.emails WHERE recipient = :to ORDER BY created_at DESC")
			.param("to", email)
			.query(String.class)
			.list()));
		for (String body : bodies) {
			Matcher link = LINK.matcher(body);
			if (link.find() && link.group(1).equals(path)) {
				assertThat(URI.create(link.group()).getQuery()).startsWith("token=");
				return link.group(2);
			}
		}
		throw new AssertionError("No e-mail to " + email + " links to " + path + ": " + bodies);
	}

	private static String codeAt(String secret, Instant instant) {
		try {
			return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), instant);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String uniqueEmail() {
		return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@people.test";
	}

	private static <T> T asPlatform(Supplier<T> work) {
		return TenantContext.callAs(TenantId.PLATFORM, work);
	}
}
