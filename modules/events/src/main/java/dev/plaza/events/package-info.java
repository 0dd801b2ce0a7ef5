/**
 * Events: carries the modules' published events between Plaza processes over Kafka. Switched on
 * by {@code plaza.events.kafka.bootstrap-servers}; unset, events stay in-process as before.
 *
 * <p>Outbound, every event type in a module's root package goes to the topic
 * {@code plaza.<module>.<EventName>}, keyed {@code <tenantId>:<aggregateId>}, through the event
 * publication registry: its publication stays incomplete until the broker has acknowledged the
 * record, and is resubmitted until then. Inbound, the event types named in
 * {@code plaza.events.kafka.consume} are read from their topics and handed to this process's
 * listeners once per consumer group, however often Kafka delivers a record.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package dev.plaza.events;

import org.springframework.modulith.ApplicationModule;
