package dev.plaza.notifications.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.platform.NewestFirstPage;
import dev.plaza.notifications.domain.CampaignStatus;
import dev.plaza.notifications.domain.DeliveryState;
import dev.plaza.notifications.domain.RecipientOutcome;
import dev.plaza.notifications.domain.Recipient;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's campaigns and each recipient's state. */
@Repository
@Transactional
public class CampaignRepository {

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String subject, String text, String html) {
		jdbc.sql("""
				INSERT INTO notifications.campaigns (tenant_id, id, subject, text_body, html_body, status)
				VALUES (platform.current_tenant(), :id, :subject, :text, :html, :status)""")
			.param("id", id)
			.param("status", CampaignStatus.DRAFT.code())
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.update();
	}

	/** The campaign's status, locking it against concurrent changes until the transaction ends. */
	public Optional<CampaignStatus> lockStatus(UUID id) {
		return jdbc.sql("SELECT status FROM notifications.campaigns WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(CampaignStatus::ofCode);
	}

	/** Adds the recipients after those already there; an address the campaign already has is skipped. */
	public void addRecipients(UUID id, List<Recipient> recipients) {
		jdbc.sql("""
				INSERT INTO notifications.campaign_recipients (tenant_id, campaign_id, position, email, name)
				SELECT platform.current_tenant(), :id,
				       coalesce((SELECT max(position) FROM notifications.campaign_recipients WHERE campaign_id = :id), 0) + r.n,
				       r.email, r.name
				FROM unnest(:emails::text[], :names::text[]) WITH ORDINALITY AS r (email, name, n)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("emails", recipients.stream().map(r -> r.email().trim()).toArray(String[]::new))
			.param("names", recipients.stream().map(Recipient::name).toArray(String[]::new))
			.update();
	}

	public int recipientCount(UUID id) {
		return jdbc.sql("SELECT count(*) FROM notifications.campaign_recipients WHERE campaign_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	public void setStatus(UUID id, CampaignStatus status) {
		jdbc.sql("""
				UPDATE notifications.campaigns SET status = :status,
				    started_at = CASE WHEN :status = :running THEN now() ELSE started_at END,
				    finished_at = CASE WHEN :status IN (:completed, :cancelled) THEN now() ELSE finished_at END
				WHERE id = :id""")
			.param("id", id)
			.param("status", status.code())
			.param("running", CampaignStatus.RUNNING.code())
			.param("completed", CampaignStatus.COMPLETED.code())
			.param("cancelled", CampaignStatus.CANCELLED.code())
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Progress> progress(UUID id) {
		Map<String, Integer> counts = jdbc.sql("""
				SELECT status, count(*)::integer AS n FROM notifications.campaign_recipients WHERE campaign_id = :id GROUP BY status""")
			.param("id", id)
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return jdbc.sql("SELECT id, subject, status, created_at, started_at, finished_at FROM notifications.campaigns WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Progress(id, rs.getString("subject"), CampaignStatus.ofCode(rs.getString("status")),
					counts.values().stream().mapToInt(Integer::intValue).sum(),
					count(counts, DeliveryState.PENDING) + count(counts, DeliveryState.SENDING), count(counts, DeliveryState.SENT),
					count(counts, DeliveryState.FAILED), count(counts, DeliveryState.UNKNOWN),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("started_at", OffsetDateTime.class)),
					instant(rs.getObject("finished_at", OffsetDateTime.class))))
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Summary> page(NewestFirstPage cursor) {
		return jdbc.sql("""
				SELECT id, subject, status, created_at FROM notifications.campaigns
				WHERE id < :before ORDER BY id DESC LIMIT :limit""")
			.param("before", cursor.before())
			.param("limit", cursor.limit())
			.query((rs, row) -> new Summary(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("status"),
					instant(rs.getObject("created_at", OffsetDateTime.class))))
			.list();
	}

	// What the worker holding a campaign does, each in its own short transaction.

	/** A running campaign no worker holds, now held by the caller's token for the lease. */
	public Optional<Claimed> claim(Duration lease, UUID token) {
		return jdbc.sql("SELECT tenant_id, id FROM notifications.claim_campaign(make_interval(secs => :lease), :token)")
			.param("lease", lease.toMillis() / 1000.0)
			.param("token", token)
			.query((rs, row) -> new Claimed(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class)))
			.optional();
	}

	@Transactional(readOnly = true)
	public Content content(UUID id) {
		return jdbc.sql("SELECT subject, text_body, html_body FROM notifications.campaigns WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Content(rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")))
			.single();
	}

	/**
	 * Recipients left 'sending' by a previous holder, whose lease ran out while it was in the middle
	 * of their SMTP conversation: the server may have taken their message, so they are not sent again.
	 */
	public int abandonInterrupted(UUID id) {
		return jdbc.sql("""
				UPDATE notifications.campaign_recipients
				SET status = :unknown, error = 'Sending stopped during the SMTP conversation; the message may have arrived.'
				WHERE campaign_id = :id AND status = :sending""")
			.param("id", id)
			.param("unknown", DeliveryState.UNKNOWN.code())
			.param("sending", DeliveryState.SENDING.code())
			.update();
	}

	@Transactional(readOnly = true)
	public List<Due> nextDue(UUID id, int limit) {
		return jdbc.sql("""
				SELECT position, email, name FROM notifications.campaign_recipients
				WHERE campaign_id = :id AND status = :pending AND (next_attempt_at IS NULL OR next_attempt_at <= now())
				ORDER BY position LIMIT :limit""")
			.param("id", id)
			.param("pending", DeliveryState.PENDING.code())
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getInt("position"), new Recipient(rs.getString("email"), rs.getString("name"))))
			.list();
	}

	/**
	 * Marks the attempts before they are made (committed before any SMTP conversation); answers the
	 * attempt number of each recipient marked, leaving out any that is no longer pending.
	 */
	public Map<Integer, Integer> markSending(UUID id, List<Integer> positions) {
		return jdbc.sql("""
				UPDATE notifications.campaign_recipients SET status = :sending, attempts = attempts + 1, attempted_at = now()
				WHERE campaign_id = :id AND position = ANY (:positions) AND status = :pending RETURNING position, attempts""")
			.param("id", id)
			.param("sending", DeliveryState.SENDING.code())
			.param("pending", DeliveryState.PENDING.code())
			.param("positions", positions.toArray(Integer[]::new))
			.query((rs, row) -> Map.entry(rs.getInt("position"), rs.getInt("attempts")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Records how each marked recipient's attempt ended. */
	public void record(UUID id, List<RecipientOutcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE notifications.campaign_recipients r
				SET status = o.status, error = o.error,
				    attempts = CASE WHEN o.attempted THEN r.attempts ELSE r.attempts - 1 END,
				    next_attempt_at = CASE WHEN o.status = :pending THEN now() + make_interval(secs => o.wait)
				                           ELSE r.next_attempt_at END
				FROM unnest(:positions::int[], :statuses::text[], :errors::text[], :waits::float8[], :attempted::boolean[])
				     AS o (position, status, error, wait, attempted)
				WHERE r.campaign_id = :id AND r.position = o.position""")
			.param("id", id)
			.param("positions", outcomes.stream().map(RecipientOutcome::position).toArray(Integer[]::new))
			.param("pending", DeliveryState.PENDING.code())
			.param("statuses", outcomes.stream().map(outcome -> outcome.status().code()).toArray(String[]::new))
			.param("errors", outcomes.stream().map(RecipientOutcome::error).toArray(String[]::new))
			.param("waits", outcomes.stream().map(o -> o.retryIn().toMillis() / 1000.0).toArray(Double[]::new))
			.param("attempted", outcomes.stream().map(RecipientOutcome::attempted).toArray(Boolean[]::new))
			.update();
	}

	/** Extends the caller's hold; false when it no longer holds the campaign or the campaign stopped running. */
	public boolean renew(UUID id, UUID token, Duration lease) {
		return jdbc.sql("""
				UPDATE notifications.campaigns SET claimed_until = now() + make_interval(secs => :lease)
				WHERE id = :id AND claim_token = :token AND status = :running""")
			.param("id", id)
			.param("token", token)
			.param("lease", lease.toMillis() / 1000.0)
			.param("running", CampaignStatus.RUNNING.code())
			.update() == 1;
	}

	/** Completes the campaign if no recipient is left to send; answers whether it did. */
	public boolean completeIfDone(UUID id, UUID token) {
		return jdbc.sql("""
				UPDATE notifications.campaigns SET status = :completed, finished_at = now(), claimed_until = NULL, claim_token = NULL
				WHERE id = :id AND claim_token = :token AND status = :running AND NOT EXISTS (
				    SELECT 1 FROM notifications.campaign_recipients
				    WHERE campaign_id = :id AND status IN (:pending, :sending))""")
			.param("id", id)
			.param("token", token)
			.param("completed", CampaignStatus.COMPLETED.code())
			.param("running", CampaignStatus.RUNNING.code())
			.param("pending", DeliveryState.PENDING.code())
			.param("sending", DeliveryState.SENDING.code())
			.update() == 1;
	}

	/** Lets go of the campaign; another worker may take it up from {@code after} on. */
	public void release(UUID id, UUID token, Duration after) {
		jdbc.sql("""
				UPDATE notifications.campaigns SET claimed_until = now() + make_interval(secs => :after), claim_token = NULL
				WHERE id = :id AND claim_token = :token""")
			.param("id", id)
			.param("token", token)
			.param("after", after.toMillis() / 1000.0)
			.update();
	}

	/** How long until the next recipient waiting for a retry is due (zero if one is due now). */
	@Transactional(readOnly = true)
	public Duration untilNextDue(UUID id) {
		Double seconds = jdbc.sql("""
				SELECT greatest(0, extract(epoch FROM min(next_attempt_at) - now()))::float8 FROM notifications.campaign_recipients
				WHERE campaign_id = :id AND status = :pending""")
			.param("id", id)
			.param("pending", DeliveryState.PENDING.code())
			.query(Double.class)
			.single();
		return seconds == null ? Duration.ZERO : Duration.ofMillis((long) (seconds * 1000));
	}

	private static int count(Map<String, Integer> counts, DeliveryState state) {
		return counts.getOrDefault(state.code(), 0);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	public record Summary(UUID id, String subject, String status, Instant createdAt) {
	}

	public record Claimed(TenantId tenant, UUID id) {
	}

	public record Content(String subject, String text, String html) {
	}

	public record Due(int position, Recipient recipient) {
	}

	public record Progress(UUID id, String subject, CampaignStatus status, int total, int pending, int sent, int failed,
			int unknown, Instant createdAt, Instant startedAt, Instant finishedAt) {
	}
}
