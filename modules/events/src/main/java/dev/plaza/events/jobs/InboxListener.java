package dev.plaza.events.jobs;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.plaza.events.ModuleEvents;
import dev.plaza.events.application.EventHeaders;
import dev.plaza.events.application.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads an event record (its id and type from the headers, the event from the JSON) into the inbox;
 * passes over the records this service sent itself.
 */
public class InboxListener implements MessageListener<String, byte[]> {

	private static final Logger log = LoggerFactory.getLogger(InboxListener.class);

	private final EventInbox inbox;

	private final Map<String, Class<?>> typesByTopic;

	private final ObjectReader json;

	private final String source;

	public InboxListener(EventInbox inbox, Map<String, Class<?>> typesByTopic, ObjectReader json, String source) {
		this.inbox = inbox;
		this.typesByTopic = Map.copyOf(typesByTopic);
		this.json = json;
		this.source = source;
	}

	@Override
	public void onMessage(ConsumerRecord<String, byte[]> record) {
		if (source.equals(header(record, EventHeaders.EVENT_SOURCE))) {
			return;
		}
		Class<?> type = typesByTopic.get(record.topic());
		String declared = header(record, EventHeaders.EVENT_TYPE);
		if (!ModuleEvents.name(type).equals(declared)) {
			throw malformed(record, "its type header says " + declared + ", the topic carries " + ModuleEvents.name(type),
					null);
		}
		UUID id = eventId(record);
		if (record.value() == null) {
			throw malformed(record, "it has no payload", null);
		}
		Object event;
		try {
			event = json.forType(type).readValue(record.value());
		}
		catch (JacksonException ex) {
			throw malformed(record, "its payload is not a " + type.getSimpleName(), ex);
		}
		if (ModuleEvents.tenant(event) == null) {
			throw malformed(record, "its event names no tenant", null);
		}
		if (!inbox.receive(id, event)) {
			log.debug("Event {} from {}-{}@{} was received before; dropped", id, record.topic(), record.partition(),
					record.offset());
		}
	}

	private static UUID eventId(ConsumerRecord<String, byte[]> record) {
		try {
			return UUID.fromString(String.valueOf(header(record, EventHeaders.EVENT_ID)));
		}
		catch (IllegalArgumentException ex) {
			throw malformed(record, "it has no valid " + EventHeaders.EVENT_ID + " header", ex);
		}
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static MalformedEventRecord malformed(ConsumerRecord<String, byte[]> record, String why, Throwable cause) {
		return new MalformedEventRecord("Record %s-%d@%d cannot be handled: %s".formatted(record.topic(),
				record.partition(), record.offset(), why), cause);
	}
}
