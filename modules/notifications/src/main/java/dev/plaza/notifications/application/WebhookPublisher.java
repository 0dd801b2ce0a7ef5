package dev.plaza.notifications.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.notifications.jobs.DeliveryDispatcher;
import dev.plaza.notifications.persistence.WebhookDeliveryRepository;
import dev.plaza.notifications.persistence.WebhookEndpointRepository;
import dev.plaza.platform.AfterCommit;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event with one delivery per subscribed endpoint. Nothing is stored when no endpoint
 * subscribes: a tenant that uses no webhooks costs one indexed read per event.
 */
@Service
class WebhookPublisher implements Webhooks {

	private final WebhookEndpointRepository endpoints;

	private final WebhookDeliveryRepository deliveries;

	private final EventTypes eventTypes;

	private final DeliveryDispatcher dispatcher;

	private final JsonMapper json;

	private final int maxAttempts;

	WebhookPublisher(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, EventTypes eventTypes,
			DeliveryDispatcher dispatcher, JsonMapper json, NotificationsProperties properties) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.eventTypes = eventTypes;
		this.dispatcher = dispatcher;
		this.json = json;
		this.maxAttempts = properties.webhooks().maxAttempts();
	}

	@Override
	@Transactional
	public void publish(WebhookEvent event) {
		publishAll(List.of(event));
	}

	@Override
	@Transactional
	public void publishAll(List<WebhookEvent> events) {
		if (TenantContext.current().isEmpty()) {
			throw new IllegalStateException("Webhook events belong to a tenant: bind one with TenantContext first");
		}
		Map<String, List<WebhookEvent>> byType = events.stream()
			.collect(Collectors.groupingBy(WebhookEvent::type, LinkedHashMap::new, Collectors.toList()));
		List<String> unknown = eventTypes.unknownAmong(List.copyOf(byType.keySet()));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Event type " + unknown.getFirst() + " is not declared in any WebhookEventTypes bean");
		}
		byType.forEach((type, ofType) -> {
			List<UUID> subscribed = endpoints.subscribedTo(type);
			if (!subscribed.isEmpty()) {
				ofType.forEach(event -> record(event, subscribed));
			}
		});
	}

	private void record(WebhookEvent event, List<UUID> subscribed) {
		UUID id = Ids.newId();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", event.type());
		payload.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		payload.put("data", event.data());
		deliveries.insertEvent(id, event.type(), event.dedupKey(), json.writeValueAsString(payload)).ifPresent(stored -> {
			deliveries.insertDeliveries(stored, Stream.generate(Ids::newId).limit(subscribed.size()).toList(), subscribed,
					maxAttempts);
			AfterCommit.run(dispatcher::wake);
		});
	}
}
