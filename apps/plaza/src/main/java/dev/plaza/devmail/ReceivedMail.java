package dev.plaza.devmail;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One message as the dev mailbox shows it: its recipients, subject, plain-text and HTML bodies (either
 * may be missing) and when it arrived. Attachments are left out.
 */
record ReceivedMail(String to, String subject, String text, String html, Instant receivedAt) {

	static ReceivedMail of(StoredMessage stored) {
		MimeMessage message = stored.getMimeMessage();
		try {
			Bodies bodies = new Bodies();
			bodies.collect(message);
			Address[] recipients = message.getAllRecipients();
			String to = recipients == null ? ""
					: Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
			return new ReceivedMail(to, message.getSubject() == null ? "" : message.getSubject(), bodies.text,
					bodies.html, stored.getReceivedDate().toInstant());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("The dev mailbox holds a message it cannot read", ex);
		}
	}

	/** The first plain-text and the first HTML part that are not attachments, at any depth. */
	private static final class Bodies {

		private String text;

		private String html;

		void collect(Part part) throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					collect(parts.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/plain") && text == null) {
				text = (String) part.getContent();
			}
			else if (part.isMimeType("text/html") && html == null) {
				html = (String) part.getContent();
			}
		}
	}
}
