package dev.plaza.notifications.remote;

import java.util.UUID;

import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.notifications.Emails;
import org.springframework.web.bind.annotation.RestController;

/** Serves {@link Emails} to the other services, on behalf of the tenant their call names. */
@RestController
class EmailsEndpoint implements EmailsApi {

	private final Emails emails;

	EmailsEndpoint(Emails emails) {
		this.emails = emails;
	}

	@Override
	public EmailId send(EmailMessage message) {
		return emails.send(message);
	}

	@Override
	public EmailStatus status(UUID id) {
		return emails.status(new EmailId(id)).orElse(null);
	}
}
