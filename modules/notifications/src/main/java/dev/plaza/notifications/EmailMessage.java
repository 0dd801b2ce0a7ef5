package dev.plaza.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one address, with a plain-text body, an HTML body, or both (then sent as
 * multipart/alternative), and any attachments.
 *
 * @param dedupKey the caller's stable name for this message, such as {@code order-confirmation/<orderId>};
 * a message with a key already sent or queued for the tenant is not sent again
 */
public record EmailMessage(String dedupKey, String to, String subject, String text, String html,
		List<EmailAttachment> attachments) {

	public EmailMessage {
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		if (text == null && html == null) {
			throw new IllegalArgumentException("An e-mail needs a text body, an HTML body, or both");
		}
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public static EmailMessage text(String dedupKey, String to, String subject, String text) {
		return new EmailMessage(dedupKey, to, subject, text, null, List.of());
	}

	public EmailMessage withHtml(String html) {
		return new EmailMessage(dedupKey, to, subject, text, html, attachments);
	}

	public EmailMessage withAttachment(EmailAttachment attachment) {
		List<EmailAttachment> more = new ArrayList<>(attachments);
		more.add(attachment);
		return new EmailMessage(dedupKey, to, subject, text, html, more);
	}
}
