package dev.plaza.events.application;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.plaza.events.ModuleEvents;
import dev.plaza.events.jobs.InboxListener;
import dev.plaza.events.jobs.InboxPurge;
import dev.plaza.events.jobs.MalformedEventRecord;
import dev.plaza.events.persistence.EventInboxRepository;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event types named in {@code plaza.events.kafka.consume} from their topics into the
 * inbox, in the consumer group {@code plaza.events.kafka.group-id}, except those this service
 * published itself: its listeners had them when they were published. Offsets are committed after the
 * inbox's transaction, so a crash in between redelivers records, which the inbox recognises.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "plaza.events.kafka", name = "bootstrap-servers")
@Conditional(ConsumesEvents.class)
@EnableConfigurationProperties(KafkaEventsProperties.class)
class KafkaInboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KafkaInboxConfiguration.class);

	@Bean
	EventInboxRepository eventInboxRepository(JdbcClient jdbc, KafkaEventsProperties properties) {
		return new EventInboxRepository(jdbc, properties.groupId());
	}

	@Bean
	EventInbox eventInbox(EventInboxRepository received, TransactionOperations transactions,
			ApplicationEventPublisher publisher) {
		return new EventInbox(received, transactions, publisher);
	}

	@Bean
	InboxPurge inboxPurge(EventInboxRepository inbox, KafkaEventsProperties properties) {
		return new InboxPurge(inbox, properties);
	}

	@Bean
	ConcurrentMessageListenerContainer<String, byte[]> eventInboxContainer(KafkaEventsProperties properties,
			EventInbox inbox, EventTopics topics, JsonMapper json, Environment environment) {
		Map<String, Class<?>> typesByTopic = consumedTypes(properties);
		createTopics(topics, typesByTopic);

		Map<String, Object> settings = KafkaEventsConfiguration.clientSettings(properties, properties.consumer());
		// A new group starts with the oldest record kept, not with whatever comes next.
		settings.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		// Topics are created by Plaza with its partitions, never by a consumer looking for them.
		settings.putIfAbsent(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		var consumers = new DefaultKafkaConsumerFactory<>(settings, new StringDeserializer(), new ByteArrayDeserializer());

		var container = new ContainerProperties(typesByTopic.keySet().toArray(String[]::new));
		container.setGroupId(properties.groupId());
		// Events may carry fields added after this process was built.
		var reader = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().reader();
		container.setMessageListener(new InboxListener(inbox, typesByTopic, reader,
				KafkaEventsConfiguration.source(environment)));

		var listeners = new ConcurrentMessageListenerContainer<>(consumers, container);
		listeners.setConcurrency(properties.concurrency());
		listeners.setCommonErrorHandler(errorHandler());
		return listeners;
	}

	/**
	 * A record that failed (no database connection, say) is retried, backing off up to a minute,
	 * for as long as it takes: skipping it would lose the event. Only a record no attempt can
	 * handle is logged and skipped.
	 */
	private static DefaultErrorHandler errorHandler() {
		var backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(60_000);
		var handler = new DefaultErrorHandler(backOff);
		handler.addNotRetryableExceptions(MalformedEventRecord.class);
		return handler;
	}

	private static Map<String, Class<?>> consumedTypes(KafkaEventsProperties properties) {
		Map<String, Class<?>> types = new LinkedHashMap<>();
		for (String name : properties.consume()) {
			Class<?> type = eventType(name.trim());
			types.put(ModuleEvents.topic(type), type);
		}
		return types;
	}

	private static Class<?> eventType(String name) {
		Class<?> type;
		try {
			type = Class.forName(ModuleEvents.className(name), false, KafkaInboxConfiguration.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("plaza.events.kafka.consume names " + name
					+ ", which is not on this process's class path: name event classes fully, such as dev.plaza.orders.OrderPaid", ex);
		}
		if (!ModuleEvents.isModuleEventType(type)) {
			throw new IllegalStateException("plaza.events.kafka.consume names " + name
					+ ", which is no module event: a record in a module's root package whose first component is its TenantId");
		}
		return type;
	}

	/**
	 * Without the broker now, start all the same: the consumers wait for their topics, which the
	 * publishing side creates before its first record.
	 */
	private static void createTopics(EventTopics topics, Map<String, Class<?>> typesByTopic) {
		try {
			topics.ensure(typesByTopic.keySet().stream().toList(), Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			log.warn("Could not create event topics {} now: {}", typesByTopic.keySet(), ex.getMessage());
		}
	}
}
