package dev.plaza.events.persistence;

import java.time.Duration;
import java.util.UUID;

import dev.plaza.events.ModuleEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids of the events each consumer group received from Kafka. */
public class EventInboxRepository {

	private final JdbcClient jdbc;

	private final String group;

	public EventInboxRepository(JdbcClient jdbc, String group) {
		this.jdbc = jdbc;
		this.group = group;
	}

	/** Records that this group received the event; false if it had received it before. */
	public boolean recordFirst(UUID eventId, Object event) {
		return jdbc.sql("""
				INSERT INTO events.inbox (consumer_group, event_id, event_type) VALUES (:group, :id, :type)
				ON CONFLICT DO NOTHING""")
			.param("group", group)
			.param("id", eventId)
			.param("type", ModuleEvents.name(event.getClass()))
			.update() == 1;
	}

	/** Forgets the ids every group received longer than {@code retention} ago. */
	public void forgetOlderThan(Duration retention) {
		jdbc.sql("DELETE FROM events.inbox WHERE received_at < now() - make_interval(secs => :seconds)")
			.param("seconds", retention.toSeconds())
			.update();
	}
}
