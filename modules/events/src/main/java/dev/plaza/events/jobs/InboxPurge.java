package dev.plaza.events.jobs;

import dev.plaza.events.application.KafkaEventsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets received event ids once Kafka can no longer deliver their records again. */
public class InboxPurge {

	private final JdbcClient jdbc;

	private final KafkaEventsProperties properties;

	public InboxPurge(JdbcClient jdbc, KafkaEventsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		jdbc.sql("DELETE FROM events.inbox WHERE received_at < now() - make_interval(secs => :seconds)")
			.param("seconds", properties.inboxRetention().toSeconds())
			.update();
	}
}
