package dev.plaza.notifications;

import java.util.List;

/**
 * Publishes events to the current tenant's webhook endpoints.
 *
 * <p>{@link #publish} records the event in the caller's transaction (or its own when there is
 * none), with one delivery per endpoint subscribed to its type at that moment; deliveries start
 * after the commit, signed per the Standard Webhooks specification and retried with backoff. An
 * event whose dedup key the tenant already published is recorded once only. Types must be declared
 * in a {@link WebhookEventTypes} bean so tenants can subscribe to them.
 */
public interface Webhooks {

	void publish(WebhookEvent event);

	/**
	 * Publishes each of {@code events} as {@link #publish} does, in one go: the endpoints subscribed to
	 * a type are looked up once for all its events, so a batch nobody subscribes to costs one read per type.
	 */
	default void publishAll(List<WebhookEvent> events) {
		events.forEach(this::publish);
	}
}
