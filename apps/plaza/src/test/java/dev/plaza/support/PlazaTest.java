package dev.plaza.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The assembled standalone app on a random port, with its own embedded PostgreSQL under
 * {@code target/test-var}. All tests share one such instance (one Spring context), so each test
 * makes its own organizations with unique slugs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"plaza.home=target/test-var",
		"plaza.database.embedded.durable=false",
		// Every test context and module test shares the machine: PostgreSQL's default cache is plenty for them.
		"plaza.database.embedded.shared-buffers=128MB",
		"plaza.identity.admin-client-secret=" + PlazaClient.ADMIN_SECRET,
		// Registers the client Plaza's services call each other as; the all-in-one app makes no such calls.
		"plaza.services.client-secret=" + PlazaClient.SERVICES_SECRET,
		"plaza.http.max-request-body=64KB",
		// The SMTP server is TestSmtpServer's; it names the port once it listens.
		"spring.mail.host=127.0.0.1",
		// Notification retries, polling and throttling in milliseconds rather than minutes.
		"plaza.notifications.poll-interval=100ms", "plaza.notifications.emails.retry-base=100ms",
		"plaza.notifications.webhooks.retry-base=200ms", "plaza.notifications.webhooks.max-attempts=4",
		"plaza.notifications.webhooks.timeout=2s",
		// The tests' webhook receivers listen on loopback.
		"plaza.notifications.webhooks.allow-private-addresses=true",
		"plaza.notifications.campaigns.rate-per-second=250",
		"plaza.notifications.campaigns.chunk-size=50",
		// A credit bureau that never answers is asked again after 100 ms, 200 ms… rather than 2 s, 4 s…
		"plaza.lending.decisions.retry-base=100ms" })
@Import({ PlazaClient.class, RecordedEvents.class, TestSmtpServer.class, StaffTokens.class })
public @interface PlazaTest {
}
