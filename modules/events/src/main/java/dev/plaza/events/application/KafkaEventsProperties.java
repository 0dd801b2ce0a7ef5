package dev.plaza.events.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka for module events ({@code plaza.events.kafka.*}).
 *
 * @param bootstrapServers the brokers, {@code host:port,…}; unset, nothing goes to Kafka
 * @param partitions partitions of each event topic Plaza creates; one aggregate's events stay in one
 * @param replicationFactor replicas of each topic Plaza creates; unset, the broker's default
 * @param groupId the consumer group this process reads in: each group gets every event once
 * @param consume event types read from Kafka and handed to this process's listeners, by class name
 * (such as {@code dev.plaza.orders.OrderPaid}) or the name a moved event kept (such as
 * {@code dev.plaza.catalog.ShowtimeCancelled}); empty, nothing is read
 * @param concurrency consumers this process runs in its group (at most one per partition is busy)
 * @param inboxRetention how long received event ids are kept to recognise a redelivery; longer than
 * the topics' retention, so that no record Kafka can still deliver is forgotten
 * @param properties Kafka client settings for every client (security, timeouts …)
 * @param producer Kafka producer settings on top of {@code properties}
 * @param consumer Kafka consumer settings on top of {@code properties}
 */
@ConfigurationProperties("plaza.events.kafka")
public record KafkaEventsProperties(String bootstrapServers, @DefaultValue("6") int partitions,
		Short replicationFactor, @DefaultValue("plaza") String groupId, @DefaultValue List<String> consume,
		@DefaultValue("1") int concurrency, @DefaultValue("14d") Duration inboxRetention,
		@DefaultValue Map<String, String> properties, @DefaultValue Map<String, String> producer,
		@DefaultValue Map<String, String> consumer) {

	public KafkaEventsProperties {
		if (partitions < 1) {
			throw new IllegalArgumentException("plaza.events.kafka.partitions must be 1 or more, not " + partitions);
		}
		if (replicationFactor != null && replicationFactor < 1) {
			throw new IllegalArgumentException(
					"plaza.events.kafka.replication-factor must be 1 or more (or unset for the broker's default), not "
							+ replicationFactor);
		}
		if (concurrency < 1) {
			throw new IllegalArgumentException("plaza.events.kafka.concurrency must be 1 or more, not " + concurrency);
		}
	}
}
