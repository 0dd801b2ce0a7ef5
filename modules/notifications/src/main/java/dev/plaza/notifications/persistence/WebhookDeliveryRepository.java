package dev.plaza.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.platform.NewestFirstPage;
import dev.plaza.notifications.domain.WebhookDeliveryStatus;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Published events, their deliveries to each endpoint, and every attempt made. */
@Repository
@Transactional
public class WebhookDeliveryRepository {

	private static final String VIEW = """
			SELECT d.id, d.event_id, e.type, d.endpoint_id, d.status, d.attempts, d.max_attempts, d.next_attempt_at, d.created_at
			FROM notifications.webhook_deliveries d JOIN notifications.webhook_events e ON e.id = d.event_id""";

	private final JdbcClient jdbc;

	WebhookDeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the event unless its dedup key was published before; answers its id if it was stored. */
	public Optional<UUID> insertEvent(UUID id, String type, String dedupKey, String payload) {
		return jdbc.sql("""
				INSERT INTO notifications.webhook_events (tenant_id, id, type, dedup_key, payload)
				VALUES (platform.current_tenant(), :id, :type, :key, :payload)
				ON CONFLICT (tenant_id, dedup_key) DO NOTHING RETURNING id""")
			.param("id", id)
			.param("type", type)
			.param("key", dedupKey)
			.param("payload", payload)
			.query(UUID.class)
			.optional();
	}

	public void insertDeliveries(UUID event, List<UUID> ids, List<UUID> endpoints, int maxAttempts) {
		jdbc.sql("""
				INSERT INTO notifications.webhook_deliveries (tenant_id, id, event_id, endpoint_id, max_attempts)
				SELECT platform.current_tenant(), d.id, :event, d.endpoint, :max
				FROM unnest(:ids::uuid[], :endpoints::uuid[]) AS d (id, endpoint)""")
			.param("event", event)
			.param("ids", ids.toArray(UUID[]::new))
			.param("endpoints", endpoints.toArray(UUID[]::new))
			.param("max", maxAttempts)
			.update();
	}

	/** Due deliveries of any tenant, claimed by this worker for the lease. */
	public List<Claimed> claimDue(int max, Duration lease) {
		return jdbc.sql("SELECT tenant_id, id FROM notifications.claim_due_deliveries(:max, make_interval(secs => :lease))")
			.param("max", max)
			.param("lease", lease.toMillis() / 1000.0)
			.query((rs, row) -> new Claimed(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class)))
			.list();
	}

	/** What the claimed delivery sends where, if it is still pending. */
	@Transactional(readOnly = true)
	public Optional<Due> due(UUID id) {
		return jdbc.sql("""
				SELECT d.event_id, d.attempts, d.max_attempts, e.payload, p.url, p.secret, p.deleted_at IS NOT NULL AS deleted
				FROM notifications.webhook_deliveries d
				JOIN notifications.webhook_events e ON e.id = d.event_id
				JOIN notifications.webhook_endpoints p ON p.id = d.endpoint_id
				WHERE d.id = :id AND d.status = :pending""")
			.param("id", id)
			.param("pending", WebhookDeliveryStatus.PENDING.code())
			.query((rs, row) -> new Due(id, rs.getObject("event_id", UUID.class), rs.getInt("attempts") + 1,
					rs.getInt("max_attempts"), rs.getString("payload"), rs.getString("url"), rs.getString("secret"),
					rs.getBoolean("deleted")))
			.optional();
	}

	/** Logs the attempt and moves the delivery on: succeeded, due again after {@code retryIn}, or dead. */
	public void record(Due due, Attempt attempt, Duration retryIn) {
		jdbc.sql("""
				INSERT INTO notifications.webhook_attempts (tenant_id, delivery_id, number, attempted_at, duration_ms, response_code, error)
				VALUES (platform.current_tenant(), :id, :number, :at, :duration, :code, :error)""")
			.param("id", due.id())
			.param("number", due.attempt())
			.param("at", attempt.at().atOffset(ZoneOffset.UTC))
			.param("duration", attempt.durationMillis())
			.param("code", attempt.responseCode())
			.param("error", attempt.error())
			.update();
		WebhookDeliveryStatus status = WebhookDeliveryStatus.after(attempt.succeeded(), due.attempt(), due.maxAttempts());
		jdbc.sql("""
				UPDATE notifications.webhook_deliveries
				SET status = :status, attempts = :attempts, next_attempt_at = now() + make_interval(secs => :wait)
				WHERE id = :id""")
			.param("id", due.id())
			.param("status", status.code())
			.param("attempts", due.attempt())
			.param("wait", retryIn.toMillis() / 1000.0)
			.update();
	}

	public void abandon(UUID id) {
		jdbc.sql("UPDATE notifications.webhook_deliveries SET status = :dead WHERE id = :id")
			.param("id", id)
			.param("dead", WebhookDeliveryStatus.DEAD.code())
			.update();
	}

	@Transactional(readOnly = true)
	public List<Delivery> page(UUID endpoint, WebhookDeliveryStatus status, NewestFirstPage cursor) {
		List<Delivery> deliveries = jdbc.sql(VIEW + """
				 WHERE d.id < :before AND (CAST(:endpoint AS uuid) IS NULL OR d.endpoint_id = :endpoint)
				   AND (CAST(:status AS text) IS NULL OR d.status = :status)
				ORDER BY d.id DESC LIMIT :limit""")
			.param("before", cursor.before())
			.param("endpoint", endpoint)
			.param("status", status == null ? null : status.code())
			.param("limit", cursor.limit())
			.query(WebhookDeliveryRepository::delivery)
			.list();
		return withAttempts(deliveries);
	}

	@Transactional(readOnly = true)
	public Optional<Delivery> find(UUID id) {
		return jdbc.sql(VIEW + " WHERE d.id = :id")
			.param("id", id)
			.query(WebhookDeliveryRepository::delivery)
			.optional()
			.map(delivery -> withAttempts(List.of(delivery)).getFirst());
	}

	/** Makes a dead delivery pending again, with {@code attempts} more attempts; false unless it was dead. */
	public boolean redeliver(UUID id, int attempts) {
		return jdbc.sql("""
				UPDATE notifications.webhook_deliveries
				SET status = :pending, max_attempts = attempts + :more, next_attempt_at = now()
				WHERE id = :id AND status = :dead""")
			.param("id", id)
			.param("pending", WebhookDeliveryStatus.PENDING.code())
			.param("dead", WebhookDeliveryStatus.DEAD.code())
			.param("more", attempts)
			.update() == 1;
	}

	private List<Delivery> withAttempts(List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<UUID, List<Attempt>> attempts = jdbc.sql("""
				SELECT delivery_id, attempted_at, duration_ms, response_code, error FROM notifications.webhook_attempts
				WHERE delivery_id = ANY (:ids) ORDER BY delivery_id, number""")
			.param("ids", deliveries.stream().map(Delivery::id).toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("delivery_id", UUID.class),
					new Attempt(rs.getObject("attempted_at", OffsetDateTime.class).toInstant(), rs.getInt("duration_ms"),
							(Integer) rs.getObject("response_code"), rs.getString("error"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return deliveries.stream().map(delivery -> delivery.withAttempts(attempts.getOrDefault(delivery.id(), List.of()))).toList();
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		WebhookDeliveryStatus status = WebhookDeliveryStatus.ofCode(rs.getString("status")).orElseThrow();
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("type"),
				rs.getObject("endpoint_id", UUID.class), status, rs.getInt("max_attempts"),
				status == WebhookDeliveryStatus.PENDING ? rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant() : null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), List.of());
	}

	public record Claimed(TenantId tenant, UUID id) {
	}

	/** A delivery about to be attempted; {@code attempt} is the number of this attempt. */
	public record Due(UUID id, UUID eventId, int attempt, int maxAttempts, String payload, String url, String secret,
			boolean endpointDeleted) {
	}

	/** One attempt: a response code when the receiver answered, an error otherwise (or for a non-2xx answer). */
	public record Attempt(Instant at, long durationMillis, Integer responseCode, String error) {

		public boolean succeeded() {
			return responseCode != null && responseCode >= 200 && responseCode < 300;
		}
	}

	public record Delivery(UUID id, UUID eventId, String eventType, UUID endpointId, WebhookDeliveryStatus status, int maxAttempts,
			Instant nextAttemptAt, Instant createdAt, List<Attempt> attempts) {

		Delivery withAttempts(List<Attempt> attempts) {
			return new Delivery(id, eventId, eventType, endpointId, status, maxAttempts, nextAttemptAt, createdAt, attempts);
		}
	}
}
