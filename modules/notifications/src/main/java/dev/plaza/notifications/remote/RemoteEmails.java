package dev.plaza.notifications.remote;

import java.util.Optional;

import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.notifications.Emails;

/**
 * The {@link Emails} of commerce-service, for a service that does not hold notifications. Unlike the
 * local one it cannot join the caller's transaction: the message is recorded at commerce-service when
 * {@link #send} returns, and goes out even if the caller's transaction then rolls back. Callers send
 * last in their transaction, after every check that could refuse it.
 */
final class RemoteEmails implements Emails {

	private final EmailsApi notifications;

	RemoteEmails(EmailsApi notifications) {
		this.notifications = notifications;
	}

	@Override
	public EmailId send(EmailMessage message) {
		return notifications.send(message);
	}

	@Override
	public Optional<EmailStatus> status(EmailId id) {
		return Optional.ofNullable(notifications.status(id.value()));
	}
}
