package dev.plaza.notifications;

import java.util.Objects;

/** A file attached to an e-mail, such as a ticket as {@code application/pdf}. */
public record EmailAttachment(String fileName, String contentType, byte[] content) {

	public EmailAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		content = Objects.requireNonNull(content, "content").clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}
}
