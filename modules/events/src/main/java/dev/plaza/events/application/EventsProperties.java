package dev.plaza.events.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event delivery settings ({@code plaza.events.*}); Kafka's are {@link KafkaEventsProperties}.
 *
 * @param retryFailedAfter how old a failed event publication must be before it is handed to its listener again
 * @param retryFailedEvery how often failed publications are looked for, the first time that long after start
 * @param listenerConcurrency asynchronous listeners running at once in this process, the rest queued in order;
 * keep it well below the connection pool's size ({@code spring.datasource.hikari.maximum-pool-size}, 20), so that
 * listeners leave connections to requests
 */
@ConfigurationProperties("plaza.events")
public record EventsProperties(@DefaultValue("10s") Duration retryFailedAfter, @DefaultValue("15s") Duration retryFailedEvery,
		@DefaultValue("8") int listenerConcurrency) {
}
