package dev.plaza.notifications.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.notifications.EmailAttachment;
import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.notifications.domain.DeliveryState;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's outgoing e-mails and their delivery state. */
@Repository
public class EmailRepository {

	private final JdbcClient jdbc;

	EmailRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the message unless its dedup key is taken; answers its id if it was stored. */
	public Optional<EmailId> insert(UUID id, EmailMessage message) {
		Optional<EmailId> stored = jdbc.sql("""
				INSERT INTO notifications.emails (tenant_id, id, dedup_key, recipient, subject, text_body, html_body)
				VALUES (platform.current_tenant(), :id, :key, :to, :subject, :text, :html)
				ON CONFLICT (tenant_id, dedup_key) DO NOTHING
				RETURNING id""")
			.param("id", id)
			.param("key", message.dedupKey())
			.param("to", message.to())
			.param("subject", message.subject())
			.param("text", message.text())
			.param("html", message.html())
			.query(UUID.class)
			.optional()
			.map(EmailId::new);
		stored.ifPresent(email -> {
			int position = 0;
			for (EmailAttachment attachment : message.attachments()) {
				jdbc.sql("""
						INSERT INTO notifications.email_attachments (tenant_id, email_id, position, file_name, content_type, content)
						VALUES (platform.current_tenant(), :email, :position, :name, :type, :content)""")
					.param("email", id)
					.param("position", position++)
					.param("name", attachment.fileName())
					.param("type", attachment.contentType())
					.param("content", attachment.content())
					.update();
			}
		});
		return stored;
	}

	/** Stores the messages, none of them with attachments, whose dedup keys are free, in one statement; answers how many. */
	public int insertAll(List<UUID> ids, List<EmailMessage> messages) {
		if (messages.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				INSERT INTO notifications.emails (tenant_id, id, dedup_key, recipient, subject, text_body, html_body)
				SELECT platform.current_tenant(), m.id, m.dedup_key, m.recipient, m.subject, m.text_body, m.html_body
				FROM unnest(:ids::uuid[], :keys::text[], :to::text[], :subjects::text[], :texts::text[], :htmls::text[])
				  AS m (id, dedup_key, recipient, subject, text_body, html_body)
				ON CONFLICT (tenant_id, dedup_key) DO NOTHING""")
			.param("ids", ids.toArray(UUID[]::new))
			.param("keys", messages.stream().map(EmailMessage::dedupKey).toArray(String[]::new))
			.param("to", messages.stream().map(EmailMessage::to).toArray(String[]::new))
			.param("subjects", messages.stream().map(EmailMessage::subject).toArray(String[]::new))
			.param("texts", messages.stream().map(EmailMessage::text).toArray(String[]::new))
			.param("htmls", messages.stream().map(EmailMessage::html).toArray(String[]::new))
			.update();
	}

	public EmailId byKey(String dedupKey) {
		return new EmailId(jdbc.sql("SELECT id FROM notifications.emails WHERE dedup_key = :key")
			.param("key", dedupKey)
			.query(UUID.class)
			.single());
	}

	public Optional<EmailStatus> status(EmailId id) {
		return jdbc.sql("SELECT status, attempts, last_error, sent_at FROM notifications.emails WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new EmailStatus(id, rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
					Optional.ofNullable(rs.getObject("sent_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.optional();
	}

	/**
	 * Ids of due e-mails of any tenant, now claimed for sending by this worker for the lease: also those
	 * another worker claimed but never started before its claim ran out.
	 */
	public List<Claimed> claimDue(int max, Duration lease) {
		return jdbc.sql("SELECT tenant_id, id FROM notifications.claim_due_emails(:max, make_interval(secs => :lease))")
			.param("max", max)
			.param("lease", lease.toMillis() / 1000.0)
			.query((rs, row) -> new Claimed(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Starts the SMTP conversation of a claimed e-mail: from now on it may reach the server, so a death
	 * of this process leaves it {@code unknown}. Empty when another worker started it first.
	 */
	public Optional<Attempt> start(UUID id, Duration lease) {
		return jdbc.sql("""
				UPDATE notifications.emails
				SET smtp_started_at = now(), attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => :lease)
				WHERE id = :id AND status = :sending AND smtp_started_at IS NULL
				RETURNING dedup_key, recipient, subject, text_body, html_body, attempts""")
			.param("id", id)
			.param("sending", DeliveryState.SENDING.code())
			.param("lease", lease.toMillis() / 1000.0)
			.query((rs, row) -> new Attempt(new EmailMessage(rs.getString("dedup_key"), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), attachments(id)),
					rs.getInt("attempts")))
			.optional();
	}

	private List<EmailAttachment> attachments(UUID id) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM notifications.email_attachments
				WHERE email_id = :id ORDER BY position""")
			.param("id", id)
			.query((rs, row) -> new EmailAttachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
			.list();
	}

	public void markSent(UUID id) {
		jdbc.sql("UPDATE notifications.emails SET status = :sent, sent_at = now(), last_error = NULL WHERE id = :id")
			.param("id", id)
			.param("sent", DeliveryState.SENT.code())
			.update();
	}

	public void markFailed(UUID id, String error) {
		jdbc.sql("UPDATE notifications.emails SET status = :failed, last_error = :error WHERE id = :id")
			.param("id", id)
			.param("failed", DeliveryState.FAILED.code())
			.param("error", error)
			.update();
	}

	public void retryAfter(UUID id, Duration wait, String error) {
		jdbc.sql("""
				UPDATE notifications.emails
				SET status = :pending, smtp_started_at = NULL, next_attempt_at = now() + make_interval(secs => :wait),
				    last_error = :error
				WHERE id = :id""")
			.param("id", id)
			.param("pending", DeliveryState.PENDING.code())
			.param("wait", wait.toMillis() / 1000.0)
			.param("error", error)
			.update();
	}

	public record Claimed(TenantId tenant, UUID id) {
	}

	public record Attempt(EmailMessage message, int number) {
	}
}
