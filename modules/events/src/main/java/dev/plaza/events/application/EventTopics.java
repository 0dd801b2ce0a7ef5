package dev.plaza.events.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates event topics before their first record, with the configured partitions, instead of
 * leaving it to the broker's automatic creation and its default of one partition. A topic that
 * exists is left as it is: adding partitions would move aggregates to other partitions and break
 * the order of their events.
 */
class EventTopics implements AutoCloseable {

	private final Admin admin;

	private final int partitions;

	private final Optional<Short> replicationFactor;

	private final Set<String> known = ConcurrentHashMap.newKeySet();

	EventTopics(Map<String, Object> clientSettings, int partitions, Short replicationFactor) {
		this.admin = Admin.create(clientSettings);
		this.partitions = partitions;
		this.replicationFactor = Optional.ofNullable(replicationFactor);
	}

	/** Returns once every topic exists; throws when the cluster cannot be reached to say so. */
	void ensure(List<String> topics) {
		ensure(topics, new CreateTopicsOptions());
	}

	/** As {@link #ensure(List)}, giving up after the timeout. */
	void ensure(List<String> topics, Duration timeout) {
		ensure(topics, new CreateTopicsOptions().timeoutMs((int) timeout.toMillis()));
	}

	private void ensure(List<String> topics, CreateTopicsOptions options) {
		List<String> unknown = topics.stream().filter(topic -> !known.contains(topic)).toList();
		if (unknown.isEmpty()) {
			return;
		}
		List<NewTopic> requests = unknown.stream()
			.map(topic -> new NewTopic(topic, Optional.of(partitions), replicationFactor))
			.toList();
		admin.createTopics(requests, options).values().forEach((topic, created) -> {
			try {
				created.get();
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw new KafkaException("Could not create topic " + topic, ex.getCause());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new KafkaException("Interrupted while creating topic " + topic, ex);
			}
			known.add(topic);
		});
	}

	@Override
	public void close() {
		admin.close();
	}
}
