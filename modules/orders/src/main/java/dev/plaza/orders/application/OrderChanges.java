package dev.plaza.orders.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservationStatus;
import dev.plaza.inventory.StockReservations;
import dev.plaza.orders.OrderCancelled;
import dev.plaza.orders.OrderConfirmed;
import dev.plaza.orders.OrderExpired;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderPaid;
import dev.plaza.orders.OrderRefunded;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.OrderEvent;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.SeatHolds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes a change an {@link Order} decided on stick, in the caller's transaction: the order is written and
 * the change recorded in its history, what a closed order kept is released, and the change is published: as
 * the module's event (to the outbox), and as itself to this module's listeners, which run in this transaction
 * ({@link dev.plaza.orders.jobs.OrderWebhooks} announces it to the tenant's webhooks), so all of it commits
 * together or not at all.
 */
@Component
class OrderChanges {

	private final OrderRepository orders;

	private final SeatHolds holds;

	private final StockReservations stock;

	private final ApplicationEventPublisher events;

	OrderChanges(OrderRepository orders, SeatHolds holds, StockReservations stock, ApplicationEventPublisher events) {
		this.orders = orders;
		this.holds = holds;
		this.stock = stock;
		this.events = events;
	}

	void apply(OrderEvent change) {
		orders.save(change);
		Order order = change.order();
		OrderId id = order.id();
		switch (change) {
			case OrderEvent.Paid paid -> events.publishEvent(new OrderPaid(tenant(), id, paid.amount()));
			case OrderEvent.Confirmed confirmed -> {
				List<String> tickets = orders.tickets(id.value()).stream().map(OrderRepository.Ticket::code).toList();
				events.publishEvent(new OrderConfirmed(tenant(), id, order.buyer().customer(), tickets));
			}
			case OrderEvent.Cancelled cancelled -> {
				releaseAll(id.value());
				events.publishEvent(new OrderCancelled(tenant(), id, cancelled.reason()));
			}
			case OrderEvent.Expired expired -> {
				releaseAll(id.value());
				events.publishEvent(new OrderExpired(tenant(), id));
			}
			case OrderEvent.Refunded refunded ->
				events.publishEvent(new OrderRefunded(tenant(), id, refunded.amount(), order.refunded()));
			// Only the order's history tells of these: a late payment is given back next, and handing an order
			// over is no news to anyone listening.
			case OrderEvent.PaidAfterClosing late -> {
			}
			case OrderEvent.Fulfilled fulfilled -> {
			}
		}
		events.publishEvent(change);
	}

	/** Gives up the seats and units the order kept; sold ones stay sold. */
	private void releaseAll(UUID id) {
		Set<UUID> released = new LinkedHashSet<>();
		for (OrderRepository.Line line : orders.lines(id)) {
			if (line.holdId() != null && released.add(line.holdId())) {
				holds.release(new HoldId(line.holdId()));
			}
			if (line.reservationId() != null && released.add(line.reservationId())) {
				stock.find(new StockReservationId(line.reservationId()))
					.filter(reservation -> reservation.status() == StockReservationStatus.ACTIVE)
					.ifPresent(reservation -> stock.release(reservation.id()));
			}
		}
	}

	private static TenantId tenant() {
		return TenantContext.current().orElseThrow();
	}
}
