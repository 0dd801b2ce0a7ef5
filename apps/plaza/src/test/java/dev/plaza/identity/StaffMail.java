package dev.plaza.identity;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The links people are e-mailed, read from the test SMTP server as a mail client would, from the plain-text part. */
final class StaffMail {

	private static final Pattern LINK = Pattern.compile("(https?://[^\\s/]+)(/account/[a-z-]+)\\?token=([A-Za-z0-9_-]+)");

	private StaffMail() {
	}

	/** A link in an e-mail: its path and its one-time token. */
	record Link(String path, String token) {

		String pathAndQuery() {
			return path + "?token=" + token;
		}
	}

	/** The newest link to the path e-mailed to the address, waiting for it to arrive; {@code count} e-mails with such links first. */
	static Link awaitLink(GreenMail smtp, String address, String path, int count) {
		List<Link> links = await().atMost(Duration.ofSeconds(20))
			.until(() -> linksTo(smtp, address, path), found -> found.size() >= count);
		return links.getLast();
	}

	static List<Link> linksTo(GreenMail smtp, String address, String path) {
		String domain = address.substring(address.indexOf('@') + 1);
		return Arrays.stream(smtp.getReceivedMessagesForDomain(domain))
			.filter(message -> recipient(message).equalsIgnoreCase(address))
			.map(StaffMail::plainText)
			.map(LINK::matcher)
			.filter(Matcher::find)
			.filter(link -> link.group(2).equals(path))
			.map(link -> new Link(link.group(2), link.group(3)))
			.toList();
	}

	/** The text/plain part, decoded. */
	static String plainText(MimeMessage message) {
		try {
			if (message.isMimeType("text/plain")) {
				return (String) message.getContent();
			}
			Multipart parts = (Multipart) message.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				if (part.isMimeType("text/plain")) {
					return (String) part.getContent();
				}
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
