package dev.plaza.notifications;

import java.util.List;
import java.util.Optional;

/**
 * Sends e-mail on behalf of the current tenant.
 *
 * <p>{@link #send} records the message in the caller's transaction (or in its own when there is
 * none) and returns at once; the message goes out over SMTP after that transaction commits, in the
 * background, retried with backoff while the SMTP server refuses it. A rolled-back transaction
 * sends nothing. Messages are deduplicated by {@link EmailMessage#dedupKey()}: sending one with a
 * key already recorded for the tenant records nothing and answers the first message's id, so a
 * retried request or a redelivered event never e-mails twice.
 */
public interface Emails {

	/** Records the message for sending; answers its id (the first one's, for a repeated dedup key). */
	EmailId send(EmailMessage message);

	/**
	 * Records many messages for sending, each as {@link #send} would (deduplicated by its key), for a
	 * caller that has a batch of them: a local outbox stores them with one statement.
	 */
	default void sendAll(List<EmailMessage> messages) {
		messages.forEach(this::send);
	}

	/** The message's delivery state as of now, or empty if the tenant has no such message. */
	Optional<EmailStatus> status(EmailId id);
}
