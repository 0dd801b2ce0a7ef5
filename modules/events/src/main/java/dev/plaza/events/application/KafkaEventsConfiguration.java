package dev.plaza.events.application;

import java.util.HashMap;
import java.util.Map;

import dev.plaza.events.ModuleEvents;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Module events to Kafka, through the event publication registry: the externalizer is one more
 * module listener, so each event's publication is stored with the transaction that published it
 * and completes only once Kafka has the record. While Kafka is unreachable publications fail and
 * stay incomplete; the failed-publication retry and the restart resubmit them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "plaza.events.kafka", name = "bootstrap-servers")
@EnableConfigurationProperties(KafkaEventsProperties.class)
class KafkaEventsConfiguration {

	/** The service this process is, named in every record it sends. */
	static String source(Environment environment) {
		return environment.getProperty("spring.application.name", "plaza");
	}

	static Map<String, Object> clientSettings(KafkaEventsProperties properties, Map<String, String> specific) {
		Map<String, Object> settings = new HashMap<>(properties.properties());
		settings.putAll(specific);
		settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
		return settings;
	}

	@Bean
	EventTopics eventTopics(KafkaEventsProperties properties) {
		return new EventTopics(clientSettings(properties, Map.of()), properties.partitions(),
				properties.replicationFactor());
	}

	@Bean
	ProducerFactory<String, byte[]> eventProducerFactory(KafkaEventsProperties properties) {
		Map<String, Object> settings = clientSettings(properties, properties.producer());
		// Acknowledged means stored by every in-sync replica; the producer's own retries add no duplicates.
		settings.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
		settings.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		return new DefaultKafkaProducerFactory<>(settings, new StringSerializer(), new ByteArraySerializer());
	}

	@Bean
	KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> producers) {
		return new KafkaTemplate<>(producers);
	}

	/** Every module event, unless it came from Kafka, to {@code plaza.<module>.<EventName>}. */
	@Bean
	EventExternalizationConfiguration moduleEventsToKafka() {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> ModuleEvents.isModuleEvent(event) && !RelayedEvents.isRelaying())
			.routeAll(event -> RoutingTarget.forTarget(ModuleEvents.topic(event.getClass())).andKey(ModuleEvents.key(event)))
			.build();
	}

	@Bean
	EventExternalizerModuleListener kafkaEventExternalizer(EventExternalizationConfiguration configuration,
			KafkaTemplate<String, byte[]> kafka, EventTopics topics, JsonMapper json, Environment environment) {
		return new EventExternalizerModuleListener(configuration,
				new KafkaTransport(kafka, topics, json, source(environment)));
	}
}
