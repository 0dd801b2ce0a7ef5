package dev.plaza.orders.jobs;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.application.OrderReader;
import dev.plaza.orders.application.OrderTransitions;
import dev.plaza.orders.application.OrdersProperties;
import dev.plaza.orders.application.Refunding;
import dev.plaza.orders.application.Settlement;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.PlatformFee;
import dev.plaza.payments.PaymentFailed;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.PaymentReference;
import dev.plaza.payments.PaymentRefunded;
import dev.plaza.payments.PaymentSucceeded;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Follows the payments of orders (a payment's reference is its order's id): a success is settled in the
 * ledger and marks the order paid; a failure cancels it; a refund is settled back and recorded. Each step
 * is idempotent, so a redelivered event changes nothing. A payment that succeeds for an order that
 * expired or was cancelled meanwhile is refunded in full.
 *
 * <p>No transaction around the listeners: one begun before the tenant is restored from the event would
 * be bound to no tenant. Each step opens its own.
 */
@Component
class PaymentFollower {

	private static final Logger log = LoggerFactory.getLogger(PaymentFollower.class);

	private final OrderReader reader;

	private final OrderTransitions transitions;

	private final Settlement settlement;

	private final Refunding refunding;

	private final PlatformFee fee;

	PaymentFollower(OrderReader reader, OrderTransitions transitions, Settlement settlement, Refunding refunding,
			OrdersProperties properties) {
		this.reader = reader;
		this.transitions = transitions;
		this.settlement = settlement;
		this.refunding = refunding;
		this.fee = new PlatformFee(properties.platformFeeBasisPoints());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentSucceeded event) {
		TenantContext.runAs(event.tenant(), () -> orderOf(event.reference(), event.paymentId()).ifPresent(order -> {
			settlement.paid(event.paymentId().value(), event.amount(), fee.of(event.amount()));
			if (transitions.paid(order, event.amount(), fee).closed()) {
				refunding.refundAllLeft(order, "the order was closed before it was paid");
			}
		}));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentFailed event) {
		TenantContext.runAs(event.tenant(), () -> orderOf(event.reference(), event.paymentId())
			.ifPresent(order -> transitions.paymentFailed(order, event.failureCode())));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentRefunded event) {
		TenantContext.runAs(event.tenant(), () -> orderOf(event.reference(), event.paymentId()).ifPresent(order -> {
			settlement.refunded(event.refundId().value(), event.amount(), reader.feeReturnedBy(order, event.refundId().value(),
					event.amount()));
			transitions.refunded(order, event.refundId().value(), event.amount());
		}));
	}

	/** The order the payment is for; payments made for anything else are not ours to follow. */
	private Optional<UUID> orderOf(PaymentReference reference, PaymentId payment) {
		UUID id;
		try {
			id = UUID.fromString(reference.value());
		}
		catch (IllegalArgumentException notAnOrder) {
			return Optional.empty();
		}
		Optional<UUID> order = reader.find(id).map(Order::paymentId).filter(payment::equals).map(ignored -> id);
		if (order.isEmpty()) {
			log.debug("Payment {} with reference {} is not an order's", payment, reference);
		}
		return order;
	}
}
