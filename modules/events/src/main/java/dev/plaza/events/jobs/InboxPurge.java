package dev.plaza.events.jobs;

import dev.plaza.events.application.KafkaEventsProperties;
import dev.plaza.events.persistence.EventInboxRepository;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets received event ids once Kafka can no longer deliver their records again. */
public class InboxPurge {

	private final EventInboxRepository inbox;

	private final KafkaEventsProperties properties;

	public InboxPurge(EventInboxRepository inbox, KafkaEventsProperties properties) {
		this.inbox = inbox;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		inbox.forgetOlderThan(properties.inboxRetention());
	}
}
