package dev.plaza.notifications.application;

import java.time.Duration;

import dev.plaza.notifications.domain.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings. The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from the sender address of every e-mail, such as {@code "Cine Callao <tickets@example.com>"}
 * @param pollInterval how often idle workers look for due work (new work also wakes them at once)
 * @param emails how single e-mails are retried
 * @param webhooks how webhook deliveries are made and retried
 * @param campaigns how campaigns are sent
 */
@ConfigurationProperties("plaza.notifications")
public record NotificationsProperties(@DefaultValue("Plaza <no-reply@plaza.localhost>") String from,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue Emails emails, @DefaultValue Webhooks webhooks,
		@DefaultValue Campaigns campaigns) {

	/**
	 * @param maxAttempts SMTP attempts before an e-mail is marked failed
	 * @param retryBase longest wait after the first failed attempt; it doubles with each further one
	 * @param retryCap the longest wait between attempts
	 * @param smtpTimeout connect, read and write timeout of the SMTP conversation, unless
	 * {@code spring.mail.properties} sets them
	 * @param lease how long an attempt may take before it counts as abandoned (well above smtpTimeout)
	 * @param claim how long a worker keeps a batch of due e-mails before another may send those it has
	 * not started
	 */
	public record Emails(@DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration retryBase,
			@DefaultValue("1h") Duration retryCap, @DefaultValue("30s") Duration smtpTimeout,
			@DefaultValue("5m") Duration lease, @DefaultValue("30s") Duration claim) {

		public Backoff backoff() {
			return new Backoff(retryBase, retryCap);
		}
	}

	/**
	 * @param maxAttempts attempts before a delivery is dead-lettered
	 * @param retryBase longest wait after the first failed attempt; it doubles with each further one
	 * @param retryCap the longest wait between attempts
	 * @param timeout how long one attempt waits for the receiver to connect and answer
	 * @param lease how long a claimed delivery stays claimed; a worker that died mid-attempt leaves it
	 * to be retried after this (above timeout)
	 * @param concurrency deliveries attempted at once by one instance
	 * @param allowPrivateAddresses whether endpoints may be on loopback, private or link-local
	 * addresses; off, so tenants cannot make Plaza call into its own network
	 */
	public record Webhooks(@DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration retryBase,
			@DefaultValue("6h") Duration retryCap, @DefaultValue("10s") Duration timeout,
			@DefaultValue("1m") Duration lease, @DefaultValue("32") int concurrency,
			@DefaultValue("false") boolean allowPrivateAddresses) {

		public Backoff backoff() {
			return new Backoff(retryBase, retryCap);
		}
	}

	/**
	 * @param ratePerSecond e-mails per second one tenant's campaigns may send, together, per instance
	 * @param maxRecipients the most recipients one campaign may have
	 * @param chunkSize recipients read at once; cancellation takes effect between chunks
	 * @param workers campaigns one instance sends at once
	 * @param lease how long a worker holds a campaign without renewing; a crashed worker's campaign
	 * resumes elsewhere (or after restart) once this has passed
	 * @param maxAttempts SMTP attempts per recipient before it is marked failed
	 * @param retryBase pause after the SMTP server failed, doubling with each further failure
	 * @param retryCap the longest such pause
	 */
	public record Campaigns(@DefaultValue("20") int ratePerSecond, @DefaultValue("100000") int maxRecipients,
			@DefaultValue("100") int chunkSize, @DefaultValue("2") int workers, @DefaultValue("1m") Duration lease,
			@DefaultValue("5") int maxAttempts, @DefaultValue("10s") Duration retryBase,
			@DefaultValue("10m") Duration retryCap) {

		public Backoff backoff() {
			return new Backoff(retryBase, retryCap);
		}
	}
}
