package dev.plaza.notifications.remote;

import java.util.UUID;

import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.notifications.Emails;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.TenantContext;
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
		if (TenantContext.current().isEmpty()) {
			throw new Problem(ProblemType.MALFORMED_REQUEST, "E-mail is sent on behalf of a tenant: name it in the "
					+ ServiceCalls.TENANT_HEADER + " header.");
		}
		return emails.send(message);
	}

	@Override
	public EmailStatus status(UUID id) {
		return emails.status(new EmailId(id)).orElse(null);
	}
}
