package dev.plaza.notifications.jobs;

import java.util.List;
import java.util.Random;

import dev.plaza.notifications.application.NotificationsProperties;
import dev.plaza.notifications.domain.Backoff;
import dev.plaza.notifications.mail.SmtpSender;
import dev.plaza.notifications.persistence.EmailRepository;
import dev.plaza.notifications.persistence.EmailRepository.Attempt;
import dev.plaza.notifications.persistence.EmailRepository.Claimed;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due e-mails of every tenant. A batch is claimed for a short while; each e-mail's conversation
 * is then started (committed) right before it is sent and the e-mail marked {@code sent} after it. If
 * this process dies mid-conversation, that message is left {@code sending} and later reported
 * {@code unknown} rather than sent a second time, since SMTP has no way to ask whether a message
 * arrived; the rest of its batch, never started, is claimed again by another instance. Several
 * instances share the work: each claims rows the others have not.
 */
@Component
public class EmailDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

	private static final int BATCH = 20;

	private final EmailRepository outbox;

	private final SmtpSender smtp;

	private final TransactionTemplate transactions;

	private final NotificationsProperties.Emails settings;

	private final Backoff backoff;

	private final Random random = new Random();

	private final Worker worker;

	EmailDispatcher(EmailRepository outbox, SmtpSender smtp, TransactionTemplate transactions,
			NotificationsProperties properties) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.transactions = transactions;
		this.settings = properties.emails();
		this.backoff = settings.backoff();
		this.worker = new Worker("email-dispatcher", 1, properties.pollInterval(), this::sendDue);
	}

	public void wake() {
		worker.wake();
	}

	private boolean sendDue() {
		List<Claimed> due = transactions.execute(status -> outbox.claimDue(BATCH, settings.claim()));
		try (SmtpSender.Connection connection = smtp.open()) {
			for (Claimed email : due) {
				TenantContext.runAs(email.tenant(), () -> send(email, connection));
			}
		}
		return !due.isEmpty();
	}

	private void send(Claimed email, SmtpSender.Connection connection) {
		Attempt attempt = transactions.execute(status -> outbox.start(email.id(), settings.lease())).orElse(null);
		if (attempt == null) {
			return;
		}
		try {
			connection.send(attempt.message());
			transactions.executeWithoutResult(status -> outbox.markSent(email.id()));
		}
		catch (SmtpSender.Refused refused) {
			boolean last = refused.permanent() || attempt.number() >= settings.maxAttempts();
			log.warn("E-mail {} attempt {} refused ({}): {}", email.id(), attempt.number(), last ? "giving up" : "will retry",
					refused.getMessage());
			transactions.executeWithoutResult(status -> {
				if (last) {
					outbox.markFailed(email.id(), refused.getMessage());
				}
				else {
					outbox.retryAfter(email.id(), backoff.delay(attempt.number(), random), refused.getMessage());
				}
			});
		}
	}

	@Override
	public void start() {
		worker.start();
	}

	@Override
	public void stop() {
		worker.stop();
	}

	@Override
	public boolean isRunning() {
		return worker.isRunning();
	}
}
