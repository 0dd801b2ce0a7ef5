package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With an SMTP server configured (as {@link PlazaTest} does), e-mail goes there and there is no dev mailbox. */
@PlazaTest
class DevMailboxOffTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void noDevMailboxWhileSmtpIsConfigured() {
		Response page = plaza.get("/dev/mail", null);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).doesNotContain("dev mailbox");
		assertThat(plaza.get("/dev/mail/messages", plaza.adminToken()).status()).isEqualTo(404);
	}
}
