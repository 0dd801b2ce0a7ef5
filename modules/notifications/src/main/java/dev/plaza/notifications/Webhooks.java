package dev.plaza.notifications;

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
}
