package dev.plaza.devmail;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no SMTP server configured ({@code spring.mail.host}), Plaza delivers its e-mail to a mailbox it
 * bundles, as it pays at a bundled card processor: a real SMTP server (GreenMail) started here on a free
 * port of 127.0.0.1 before any bean needs it, to which {@code spring.mail.*} then points. What it receives
 * is kept in memory until Plaza stops and shown at {@code /dev/mail} ({@link DevMailController}), which
 * exists only while the mailbox does. A WARN says so, since no e-mail leaves the machine.
 */
public class DevMailbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Where the mailbox is read; set only while the dev mailbox is on. */
	public static final String PAGE_PROPERTY = "plaza.dev-mailbox.page";

	static final String PAGE = "/dev/mail";

	private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.mail.host"))
				|| !(context instanceof GenericApplicationContext registry)) {
			return;
		}
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		int port = server.getSmtp().getPort();
		environment.getPropertySources().addFirst(new MapPropertySource("devMailbox", Map.of("spring.mail.host",
				"127.0.0.1", "spring.mail.port", port, PAGE_PROPERTY, PAGE)));
		// Closed with the context, and also when its start fails half-way (no closed event then): a server
		// left running would keep a Plaza that could not start from exiting.
		Mailbox mailbox = new Mailbox(server);
		registry.getDefaultListableBeanFactory().registerSingleton("devMailbox", mailbox);
		registry.getDefaultListableBeanFactory().registerDisposableBean("devMailbox", mailbox::close);
		log.warn("No SMTP server is configured (spring.mail.host): e-mail goes to the bundled dev mailbox on 127.0.0.1:{}, "
				+ "read at {} and GET {}/messages; nothing leaves this machine", port, PAGE, PAGE);
	}
}
