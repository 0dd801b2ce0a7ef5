package dev.plaza.notifications;

import java.util.List;

/**
 * Webhook event types a module publishes, declared as a bean so that tenants can subscribe to
 * them (an endpoint naming any other type is refused).
 */
public record WebhookEventTypes(List<String> names) {

	public WebhookEventTypes {
		names = List.copyOf(names);
	}

	public static WebhookEventTypes of(String... names) {
		return new WebhookEventTypes(List.of(names));
	}
}
