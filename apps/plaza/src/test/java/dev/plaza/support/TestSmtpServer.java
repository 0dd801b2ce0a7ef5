package dev.plaza.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1 for the app under test, which reaches
 * it through the ordinary {@code spring.mail.host} (set in {@link PlazaTest}, since Boot decides at
 * start-up whether to configure mail from it) and {@code spring.mail.port} settings. Tests read
 * what it received; each uses recipients at its own domain so tests do not see each other's mail.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSmtpServer {

	/** Started; public for tests that run Plaza in processes of its own and stop it themselves. */
	@Bean(destroyMethod = "stop")
	public GreenMail smtpServer() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	@Bean
	DynamicPropertyRegistrar smtpSettings(GreenMail smtpServer) {
		return registry -> {
			registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
		};
	}
}
