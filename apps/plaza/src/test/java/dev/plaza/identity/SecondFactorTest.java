package dev.plaza.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.identity.AccountBrowser.Page;
import dev.plaza.identity.application.AccountLinks;
import dev.plaza.identity.application.LoginRefused;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.TokenAuthority;
import dev.plaza.identity.domain.Role;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A TOTP second factor (RFC 6238), with codes computed here as an authenticator app computes them
 * from the secret: a person enrols it over the API with their token, login then asks for a code and
 * takes each one once; an organization that requires it sends those not enrolled an enrolment link.
 */
@PlazaTest
class SecondFactorTest {

	private static final String SECOND_FACTOR = "/api/v1/me/second-factor";

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Autowired
	AccountLinks links;

	@Autowired
	StaffLogin login;

	@Autowired
	JwtEncoder signer;

	@Autowired
	TokenAuthority authority;

	Staff staff;

	@BeforeEach
	void anOrganization() {
		staff = new Staff(plaza, smtp, links, signer, authority);
	}

	@Test
	void aPersonEnrolsWithACurrentCodeAndLoginThenTakesEachCodeOnce() {
		UUID id = UUID.fromString(staff.active("ana", "admin"));
		String token = staff.tokenOf(id.toString(), Role.ADMIN);

		Response enrolment = plaza.post(SECOND_FACTOR, token, null, "");
		assertThat(enrolment.status()).isEqualTo(201);
		String secret = enrolment.json().get("secret").asString();
		assertThat(enrolment.json().get("uri").asString()).startsWith("otpauth://totp/Plaza:").contains("secret=" + secret);
		assertThat(login.authenticate(staff.email("ana"), Staff.PASSWORD, "127.0.0.1").secondFactor())
			.as("not enrolled until confirmed").isFalse();

		Response wrong = plaza.postJson(SECOND_FACTOR + "/confirmation", token, "{\"code\": \"12345\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(plaza.postJson(SECOND_FACTOR + "/confirmation", token, "{\"code\": \"" + codeAt(secret, Instant.now()) + "\"}")
			.status()).isEqualTo(204);

		assertThat(login.authenticate(staff.email("ana"), Staff.PASSWORD, "127.0.0.1").secondFactor()).isTrue();
		String next = codeAt(secret, Instant.now().plusSeconds(30));
		assertThat(login.verifySecondFactor(id, next, "127.0.0.1")).isTrue();
		assertThat(login.verifySecondFactor(id, next, "127.0.0.1")).as("replayed").isFalse();
		Response again = plaza.post(SECOND_FACTOR, token, null, "");
		assertThat(again.status()).as("an enrolled factor is not replaced").isEqualTo(409);
	}

	@Test
	void anApiClientHasNoSecondFactor() {
		String client = plaza.tenantCaller(staff.admin, staff.tenantId, "users:read").token();

		Response refused = plaza.post(SECOND_FACTOR, client, null, "");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("not-a-person");
	}

	@Test
	void anOwnerWithoutASecondFactorTheOrganizationRequiresIsEmailedAnEnrolmentLink() {
		String owner = staff.tokenOf(staff.active("olga", "owner"), Role.OWNER);
		assertThat(plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/organizations/" + staff.orgId + "/security"))
			.header("Authorization", "Bearer " + owner)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"secondFactorRequiredFor\": [\"owner\"]}"))).status())
			.isEqualTo(200);

		assertThatThrownBy(() -> login.authenticate(staff.email("olga"), Staff.PASSWORD, "127.0.0.1"))
			.isInstanceOfSatisfying(LoginRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(LoginRefused.Reason.SECOND_FACTOR_NOT_ENROLLED));
		AccountBrowser browser = new AccountBrowser(plaza.uri("/"));
		Page page = browser.get(StaffMail.awaitLink(smtp, staff.email("olga"), "/account/second-factor", 1).pathAndQuery());
		assertThat(page.status()).isEqualTo(200);
		String secret = page.html().select("code").text();
		assertThat(page.html().select("a[href^=otpauth://]").attr("href")).contains("secret=" + secret);

		Page wrong = browser.submit(page, Map.of("code", "000000".equals(codeAt(secret, Instant.now())) ? "111111" : "000000"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html().select("#code-error").text()).contains("current code");
		Page done = browser.submit(page, Map.of("code", codeAt(secret, Instant.now())));
		assertThat(done.status()).isEqualTo(200);

		assertThat(login.authenticate(staff.email("olga"), Staff.PASSWORD, "127.0.0.1").secondFactor()).isTrue();
	}

	private static String codeAt(String secret, Instant instant) {
		try {
			return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), instant);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
