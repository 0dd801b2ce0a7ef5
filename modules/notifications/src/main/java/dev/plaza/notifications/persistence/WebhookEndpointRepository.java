package dev.plaza.notifications.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's webhook endpoints; deleted ones stay for the delivery log but receive nothing. */
@Repository
@Transactional
public class WebhookEndpointRepository {

	private static final String COLUMNS = "id, url, event_types, description, created_at";

	private final JdbcClient jdbc;

	WebhookEndpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Endpoint insert(UUID id, String url, List<String> eventTypes, String description, String secret) {
		return jdbc.sql("INSERT INTO notifications.webhook_endpoints (tenant_id, id, url, event_types, description, secret) "
				+ "VALUES (platform.current_tenant(), :id, :url, :types, :description, :secret) RETURNING " + COLUMNS)
			.param("id", id)
			.param("url", url)
			.param("types", eventTypes.toArray(String[]::new))
			.param("description", description)
			.param("secret", secret)
			.query(WebhookEndpointRepository::endpoint)
			.single();
	}

	public List<Endpoint> active() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notifications.webhook_endpoints WHERE deleted_at IS NULL ORDER BY id")
			.query(WebhookEndpointRepository::endpoint)
			.list();
	}

	public Optional<Endpoint> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notifications.webhook_endpoints WHERE id = :id AND deleted_at IS NULL")
			.param("id", id)
			.query(WebhookEndpointRepository::endpoint)
			.optional();
	}

	/** Ids of the endpoints that receive events of this type. */
	public List<UUID> subscribedTo(String type) {
		return jdbc.sql("""
				SELECT id FROM notifications.webhook_endpoints
				WHERE deleted_at IS NULL AND (:type = ANY (event_types) OR '*' = ANY (event_types))""")
			.param("type", type)
			.query(UUID.class)
			.list();
	}

	/** Deletes the endpoint and dead-letters what was still on its way to it; false if there was none. */
	public boolean delete(UUID id) {
		boolean deleted = jdbc.sql("UPDATE notifications.webhook_endpoints SET deleted_at = now() WHERE id = :id AND deleted_at IS NULL")
			.param("id", id)
			.update() == 1;
		if (deleted) {
			jdbc.sql("UPDATE notifications.webhook_deliveries SET status = 'dead' WHERE endpoint_id = :id AND status = 'pending'")
				.param("id", id)
				.update();
		}
		return deleted;
	}

	private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
		return new Endpoint(rs.getObject("id", UUID.class), rs.getString("url"),
				Arrays.asList((String[]) rs.getArray("event_types").getArray()), rs.getString("description"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	public record Endpoint(UUID id, String url, List<String> eventTypes, String description, Instant createdAt) {
	}
}
