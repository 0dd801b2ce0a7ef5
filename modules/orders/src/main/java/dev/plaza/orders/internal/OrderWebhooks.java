package dev.plaza.orders.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.orders.domain.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's webhook endpoints what became of its orders. Each event is recorded in the
 * transaction that changes the order, so it goes out exactly when the change is committed; its dedup
 * key names the change, so a change made once is announced once.
 */
@Component
class OrderWebhooks {

	static final String PAID = "order.paid";

	static final String CONFIRMED = "order.confirmed";

	static final String CANCELLED = "order.cancelled";

	static final String EXPIRED = "order.expired";

	static final String REFUNDED = "order.refunded";

	private final Webhooks webhooks;

	OrderWebhooks(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	/** @param order as the change left it */
	void announce(String type, Order order, Map<String, Object> more) {
		announce(type, type + "/" + order.id(), order, more);
	}

	/** @param dedupKey names the change, for changes an order may go through more than once (refunds) */
	void announce(String type, String dedupKey, Order order, Map<String, Object> more) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("orderId", order.id().value());
		data.put("status", order.status().code());
		data.put("customer", order.buyer().customer());
		data.put("total", order.total().amount());
		data.put("currency", order.currency().getCurrencyCode());
		data.putAll(more);
		webhooks.publish(new WebhookEvent(type, dedupKey, data));
	}

	static Map<String, Object> none() {
		return Map.of();
	}

	static Map<String, Object> tickets(List<String> codes) {
		return Map.of("tickets", codes);
	}
}
