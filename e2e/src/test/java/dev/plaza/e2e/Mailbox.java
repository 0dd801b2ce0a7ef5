package dev.plaza.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What the SMTP server received for one tenant's customers (recipients at the tenant's own mail domain). */
final class Mailbox {

	private final GreenMail smtp;

	private final String domain;

	Mailbox(GreenMail smtp, String domain) {
		this.smtp = smtp;
		this.domain = domain;
	}

	List<MimeMessage> messages() {
		return List.of(smtp.getReceivedMessagesForDomain(domain));
	}

	/** How many messages each recipient got. */
	Map<String, Long> perRecipient() {
		return Arrays.stream(smtp.getReceivedMessagesForDomain(domain))
			.map(Mailbox::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The message's text, every text part of it, however its parts are nested; attachments left out. */
	static String text(Part part) {
		try {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return "";
			}
			if (part.getContent() instanceof Multipart parts) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < parts.getCount(); i++) {
					text.append(text(parts.getBodyPart(i)));
				}
				return text.toString();
			}
			return String.valueOf(part.getContent());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
