package dev.plaza.orders.jobs;

import java.util.List;
import java.util.UUID;

import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.OrderEvent;
import dev.plaza.orders.persistence.OrderRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's webhook endpoints what became of its orders, from the changes {@link Order} decides.
 * Each webhook's {@code data} is built from the typed change into the record below that names its fields.
 *
 * <p>A plain (synchronous) listener on purpose: it runs in the transaction that changes the order, so a
 * webhook is recorded exactly when the change commits, and not at all when it rolls back. Its dedup key
 * names the change, so a change made once is announced once.
 */
@Component
public class OrderWebhooks {

	public static final String PAID = "order.paid";

	public static final String CONFIRMED = "order.confirmed";

	public static final String CANCELLED = "order.cancelled";

	public static final String EXPIRED = "order.expired";

	public static final String REFUNDED = "order.refunded";

	private final Webhooks webhooks;

	private final OrderRepository orders;

	OrderWebhooks(Webhooks webhooks, OrderRepository orders) {
		this.webhooks = webhooks;
		this.orders = orders;
	}

	@EventListener
	void on(OrderEvent.Paid paid) {
		Order order = paid.order();
		announce(PAID, order, new PaidOrder(order.id().value(), order.status().code(), order.buyer().customer(),
				order.total().amount(), order.currency().getCurrencyCode(), paid.amount().amount()));
	}

	@EventListener
	void on(OrderEvent.Confirmed confirmed) {
		Order order = confirmed.order();
		List<String> tickets = orders.tickets(order.id().value()).stream().map(OrderRepository.Ticket::code).toList();
		announce(CONFIRMED, order, new ConfirmedOrder(order.id().value(), order.status().code(),
				order.buyer().customer(), order.total().amount(), order.currency().getCurrencyCode(), tickets));
	}

	@EventListener
	void on(OrderEvent.Cancelled cancelled) {
		Order order = cancelled.order();
		announce(CANCELLED, order, new CancelledOrder(order.id().value(), order.status().code(),
				order.buyer().customer(), order.total().amount(), order.currency().getCurrencyCode(), cancelled.reason()));
	}

	@EventListener
	void on(OrderEvent.Expired expired) {
		Order order = expired.order();
		announce(EXPIRED, order, new ExpiredOrder(order.id().value(), order.status().code(), order.buyer().customer(),
				order.total().amount(), order.currency().getCurrencyCode()));
	}

	/** An order may be refunded more than once, so the refund, not the order, names the change. */
	@EventListener
	void on(OrderEvent.Refunded refunded) {
		Order order = refunded.order();
		UUID refund = refunded.refund().value();
		webhooks.publish(new WebhookEvent(REFUNDED, REFUNDED + "/" + refund, new RefundedOrder(order.id().value(),
				order.status().code(), order.buyer().customer(), order.total().amount(), order.currency().getCurrencyCode(),
				refund, refunded.amount().amount(), order.refunded().amount())));
	}

	private void announce(String type, Order order, Object data) {
		webhooks.publish(new WebhookEvent(type, type + "/" + order.id(), data));
	}

	/** {@code order.paid}: the payment of {@code paid} minor units succeeded; the order is confirmed next. */
	record PaidOrder(UUID orderId, String status, String customer, long total, String currency, long paid) {
	}

	/** {@code order.confirmed}: the customer has what they bought, with these ticket codes. */
	record ConfirmedOrder(UUID orderId, String status, String customer, long total, String currency,
			List<String> tickets) {
	}

	/** {@code order.cancelled}: the order will not be completed, for {@code reason}. */
	record CancelledOrder(UUID orderId, String status, String customer, long total, String currency, String reason) {
	}

	/** {@code order.expired}: the order was not paid before its deadline. */
	record ExpiredOrder(UUID orderId, String status, String customer, long total, String currency) {
	}

	/**
	 * {@code order.refunded}: {@code amount} minor units were given back under {@code refundId};
	 * {@code refunded} is all given back so far.
	 */
	record RefundedOrder(UUID orderId, String status, String customer, long total, String currency, UUID refundId,
			long amount, long refunded) {
	}
}
