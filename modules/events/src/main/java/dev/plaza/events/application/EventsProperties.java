package dev.plaza.events.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event delivery settings ({@code plaza.events.*}); Kafka's are {@link KafkaEventsProperties}.
 *
 * @param retryFailedAfter how old a failed event publication must be before it is handed to its listener again
 * @param retryFailedEvery how often failed publications are looked for, the first time that long after start
 */
@ConfigurationProperties("plaza.events")
public record EventsProperties(@DefaultValue("10s") Duration retryFailedAfter, @DefaultValue("15s") Duration retryFailedEvery) {
}
