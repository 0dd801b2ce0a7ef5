package dev.plaza.events.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.plaza.events.ModuleEvents;
import dev.plaza.platform.Ids;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one event as a record: JSON payload, key and topic from the routing, id and type in
 * headers. The returned future completes when the broker has acknowledged the record (with every
 * in-sync replica), and only then is the event's publication marked complete.
 */
class KafkaTransport implements EventExternalizationTransport {

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventTopics topics;

	private final JsonMapper json;

	private final String source;

	KafkaTransport(KafkaTemplate<String, byte[]> kafka, EventTopics topics, JsonMapper json, String source) {
		this.kafka = kafka;
		this.topics = topics;
		this.json = json;
		this.source = source;
	}

	@Override
	public CompletableFuture<?> externalize(Object event, RoutingTarget target) {
		topics.ensure(List.of(target.getTarget()));
		List<Header> headers = List.of(header(EventHeaders.EVENT_ID, Ids.newId().toString()),
				header(EventHeaders.EVENT_TYPE, ModuleEvents.name(event.getClass())), header(EventHeaders.EVENT_SOURCE, source));
		return kafka.send(new ProducerRecord<>(target.getTarget(), null, target.getKey(), json.writeValueAsBytes(event),
				headers));
	}

	private static Header header(String name, String value) {
		return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
	}
}
