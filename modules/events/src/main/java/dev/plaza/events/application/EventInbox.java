package dev.plaza.events.application;

import java.util.UUID;

import dev.plaza.events.ModuleEvents;
import dev.plaza.events.persistence.EventInboxRepository;
import dev.plaza.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Hands an event received from Kafka to this process's listeners once per consumer group. The
 * event's id is recorded and the event published in one transaction, which also stores a
 * publication for each listener: either both happen or neither, so a record delivered again (the
 * consumer died before committing its offset, the partition moved to another consumer) finds its
 * id and is dropped, and one whose first delivery rolled back is handled on the next.
 */
public class EventInbox {

	private final EventInboxRepository received;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher publisher;

	public EventInbox(EventInboxRepository received, TransactionOperations transactions, ApplicationEventPublisher publisher) {
		this.received = received;
		this.transactions = transactions;
		this.publisher = publisher;
	}

	/** Whether the event went to the listeners now; false if this group had received it before. */
	public boolean receive(UUID eventId, Object event) {
		return TenantContext.callAs(ModuleEvents.tenant(event), () -> transactions.execute(transaction -> {
			boolean first = received.recordFirst(eventId, event);
			if (first) {
				RelayedEvents.publish(publisher, event);
			}
			return first;
		}));
	}
}
