package dev.plaza.notifications.mail;

import java.time.Duration;
import java.util.List;

import dev.plaza.notifications.EmailAttachment;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.application.NotificationsProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands messages to the SMTP server configured with {@code spring.mail.*}, over one connection per
 * {@link Connection} (opening one costs several round trips, so sending many messages reuses it).
 * A failure says whether trying again can help: an address the server or the parser rejects never
 * will, a server that is down or answers 4xx may.
 */
@Component
public class SmtpSender {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	SmtpSender(ObjectProvider<JavaMailSender> mail, NotificationsProperties properties) {
		this.mail = mail;
		this.from = properties.from();
		mail.ifAvailable(sender -> boundTimeouts(sender, properties.emails().smtpTimeout()));
	}

	/** A connection that opens on first use and is closed by the caller (try-with-resources). */
	public Connection open() {
		return new Connection(mail.getIfAvailable());
	}

	/** One SMTP connection, reopened after a failure. Not for use by several threads at once. */
	public final class Connection implements AutoCloseable {

		private final JavaMailSender sender;

		private Transport transport;

		private Connection(JavaMailSender sender) {
			this.sender = sender;
		}

		/** Sends the message; throws {@link Refused} when the SMTP server did not accept it. */
		public void send(EmailMessage message) {
			if (sender == null) {
				throw new Refused("No SMTP server is configured: set spring.mail.host (and port, credentials).", false);
			}
			MimeMessage mime = sender.createMimeMessage();
			try {
				compose(message, mime);
			}
			catch (MessagingException | IllegalArgumentException ex) {
				throw new Refused("The message could not be composed: " + ex.getMessage(), true);
			}
			if (!(sender instanceof JavaMailSenderImpl impl)) {
				sendAlone(mime);
				return;
			}
			try {
				if (transport == null) {
					transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
					transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
				}
				mime.saveChanges();
				transport.sendMessage(mime, mime.getAllRecipients());
			}
			catch (MessagingException ex) {
				close();
				throw new Refused(ex.getMessage(), rejectsAnAddress(ex));
			}
		}

		private void sendAlone(MimeMessage mime) {
			try {
				sender.send(mime);
			}
			catch (MailException ex) {
				throw new Refused(ex.getMessage(), false);
			}
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException alreadyBroken) {
					// The connection is being given up either way.
				}
				transport = null;
			}
		}
	}

	private void compose(EmailMessage message, MimeMessage mime) throws MessagingException {
		boolean multipart = !message.attachments().isEmpty() || (message.text() != null && message.html() != null);
		MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, "UTF-8");
		helper.setFrom(from);
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		if (message.text() != null && message.html() != null) {
			helper.setText(message.text(), message.html());
		}
		else if (message.html() != null) {
			helper.setText(message.html(), true);
		}
		else {
			helper.setText(message.text(), false);
		}
		for (EmailAttachment attachment : message.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
		}
	}

	/** The server refused the recipient for good (a 5xx answer), which no retry changes. */
	private static boolean rejectsAnAddress(MessagingException ex) {
		return ex instanceof SendFailedException failed && failed.getInvalidAddresses() != null
				&& failed.getInvalidAddresses().length > 0;
	}

	/**
	 * Jakarta Mail waits forever by default; a hung SMTP server would stall a worker for good.
	 * Settings given in {@code spring.mail.properties} win. No write timeout: Angus Mail implements
	 * it with a timer task per write, which slowed sending several times over, and a server that
	 * answers (the read timeout) also reads.
	 */
	private static void boundTimeouts(JavaMailSender sender, Duration timeout) {
		if (sender instanceof JavaMailSenderImpl impl) {
			String millis = Long.toString(timeout.toMillis());
			List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout")
				.forEach(key -> impl.getJavaMailProperties().putIfAbsent(key, millis));
		}
	}

	/** The SMTP server did not take the message. */
	public static final class Refused extends RuntimeException {

		private final boolean permanent;

		Refused(String reason, boolean permanent) {
			super(reason, null, false, false);
			this.permanent = permanent;
		}

		/** True when sending it again cannot succeed. */
		public boolean permanent() {
			return permanent;
		}
	}
}
