package dev.plaza.notifications;

import java.util.Objects;

/**
 * An event for tenants' webhook endpoints.
 *
 * @param type such as {@code order.paid}, declared in a {@link WebhookEventTypes} bean
 * @param dedupKey the same key for the same happening, so that a republished event is sent once,
 * such as {@code order.paid/<orderId>}
 * @param data the event's fields, serialized as JSON into the payload's {@code data}
 */
public record WebhookEvent(String type, String dedupKey, Object data) {

	public WebhookEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dedupKey, "dedupKey");
		Objects.requireNonNull(data, "data");
	}
}
