package dev.plaza.events.persistence;

import java.time.Duration;
import java.util.UUID;

import dev.plaza.events.ModuleEvents;
import dev.plaza.events.application.RelayedEvents;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Hands an event received from Kafka to this process's listeners once per consumer group. The
 * event's id is recorded and the event published in one transaction, which also stores a
 * publication for each listener: either both happen or neither, so a record delivered again (the
 * consumer died before committing its offset, the partition moved to another consumer) finds its
 * id and is dropped, and one whose first delivery rolled back is handled on the next.
 */
public class EventInboxRepository {

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher publisher;

	private final String group;

	public EventInboxRepository(JdbcClient jdbc, TransactionOperations transactions, ApplicationEventPublisher publisher, String group) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.publisher = publisher;
		this.group = group;
	}

	/** Whether the event went to the listeners now; false if this group had received it before. */
	public boolean receive(UUID eventId, Object event) {
		return TenantContext.callAs(ModuleEvents.tenant(event), () -> transactions.execute(transaction -> {
			boolean first = jdbc.sql("""
					INSERT INTO events.inbox (consumer_group, event_id, event_type) VALUES (:group, :id, :type)
					ON CONFLICT DO NOTHING""")
				.param("group", group)
				.param("id", eventId)
				.param("type", ModuleEvents.name(event.getClass()))
				.update() == 1;
			if (first) {
				RelayedEvents.publish(publisher, event);
			}
			return first;
		}));
	}

	/** Forgets the ids every group received longer than {@code retention} ago. */
	public void forgetOlderThan(Duration retention) {
		jdbc.sql("DELETE FROM events.inbox WHERE received_at < now() - make_interval(secs => :seconds)")
			.param("seconds", retention.toSeconds())
			.update();
	}
}
