package dev.plaza.orders.jobs;

import dev.plaza.orders.OrderPaid;
import dev.plaza.orders.application.OrderTransitions;
import dev.plaza.orders.application.Refunding;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Confirms paid orders in the background, from the outbox: seats sold, stock taken off the shelf,
 * tickets issued, all in one transaction, so a crash midway leaves the order paid and the redelivered
 * event confirms it once. If the seats or units were lost meanwhile (an expired hold whose seats someone
 * else took), the order is cancelled with the reason and its payment refunded in full.
 */
@Component
class Confirmation {

	private static final Logger log = LoggerFactory.getLogger(Confirmation.class);

	private final OrderTransitions transitions;

	private final Refunding refunding;

	Confirmation(OrderTransitions transitions, Refunding refunding) {
		this.transitions = transitions;
		this.refunding = refunding;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OrderPaid event) {
		TenantContext.runAs(event.tenant(), () -> {
			try {
				transitions.confirm(event.orderId().value());
			}
			catch (Problem lost) {
				String reason = "Could not be confirmed: " + lost.getMessage();
				log.warn("Order {} is cancelled and refunded: {}", event.orderId(), reason);
				transitions.lostBeforeConfirmation(event.orderId().value(), reason);
				refunding.refundAllLeft(event.orderId().value(), reason);
			}
		});
	}
}
