package dev.plaza.orders.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.domain.CalledOffShowtime;
import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.orders.domain.OrderLifecycle;
import dev.plaza.orders.domain.PlatformFee;
import dev.plaza.orders.domain.TicketCode;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.SeatHolds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each change of an order's state in one short transaction: the order row is locked, the state machine
 * consulted, the change and its reason recorded and its event published together. A change that was
 * made already changes nothing, so redelivered events and retried requests act once.
 */
@Service
class OrderTransitions {

	private final OrderRecords orders;

	private final SeatHolds holds;

	private final StockReservations stock;

	private final ApplicationEventPublisher events;

	private final OrderWebhooks webhooks;

	OrderTransitions(OrderRecords orders, SeatHolds holds, StockReservations stock, ApplicationEventPublisher events,
			OrderWebhooks webhooks) {
		this.orders = orders;
		this.holds = holds;
		this.stock = stock;
		this.events = events;
		this.webhooks = webhooks;
	}

	/** What became of a payment for the order. */
	enum PaymentOutcome { PAID, ALREADY_PAID, ORDER_CLOSED }

	@Transactional
	PaymentOutcome paid(UUID id, Money amount, PlatformFee fee) {
		OrderRecords.StoredOrder order = locked(id);
		if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.EXPIRED) {
			if (order.paid() == 0) {
				orders.recordPayment(id, amount.amount(), fee.of(amount).amount());
				orders.note(id, order.status(), "Payment of " + amount + " arrived after the order was "
						+ order.status().code() + "; it is refunded in full");
			}
			return PaymentOutcome.ORDER_CLOSED;
		}
		if (order.status() != OrderStatus.AWAITING_PAYMENT) {
			return PaymentOutcome.ALREADY_PAID;
		}
		orders.recordPayment(id, amount.amount(), fee.of(amount).amount());
		orders.moveTo(id, OrderLifecycle.move(order.status(), OrderStatus.PAID), null);
		events.publishEvent(new OrderPaid(tenant(), new OrderId(id), amount));
		webhooks.announce(OrderWebhooks.PAID, order, OrderStatus.PAID, Map.of("paid", amount.amount()));
		return PaymentOutcome.PAID;
	}

	/** The payment failed: nothing was charged, and the order can no longer be paid, so it is cancelled. */
	@Transactional
	void paymentFailed(UUID id, String failureCode) {
		OrderRecords.StoredOrder order = locked(id);
		if (order.status() == OrderStatus.AWAITING_PAYMENT) {
			cancel(order, "The payment failed (" + failureCode + ")");
		}
	}

	@Transactional
	OrderRecords.StoredOrder cancelUnpaid(UUID id) {
		OrderRecords.StoredOrder order = locked(id);
		if (order.status() != OrderStatus.AWAITING_PAYMENT) {
			throw new IllegalTransition(order.status(), OrderStatus.CANCELLED);
		}
		cancel(order, "Cancelled on request");
		return order;
	}

	/** Seats or stock were lost before confirmation: the paid order is cancelled; its payment is refunded next. */
	@Transactional
	boolean cancelPaid(UUID id, String reason) {
		OrderRecords.StoredOrder order = locked(id);
		if (order.status() != OrderStatus.PAID) {
			return false;
		}
		cancel(order, reason);
		return true;
	}

	@Transactional
	void fulfil(UUID id) {
		OrderRecords.StoredOrder order = locked(id);
		orders.moveTo(id, OrderLifecycle.move(order.status(), OrderStatus.FULFILLED), null);
	}

	/** Expires the order if it is still unpaid past its deadline and no other instance is expiring it. */
	@Transactional
	void expireIfOverdue(UUID id) {
		orders.lockOverdue(id).ifPresent(order -> {
			orders.moveTo(id, OrderLifecycle.move(order.status(), OrderStatus.EXPIRED),
					"Not paid by " + order.paymentDeadline());
			releaseAll(id);
			events.publishEvent(new OrderExpired(tenant(), new OrderId(id)));
			webhooks.announce(OrderWebhooks.EXPIRED, order, OrderStatus.EXPIRED, OrderWebhooks.none());
		});
	}

	/**
	 * Sells the seats, takes the stock off the shelf, issues one ticket per seat and confirms the order.
	 * Seats or stock lost meanwhile throw the reservations module's {@link Problem} and nothing is kept.
	 */
	@Transactional
	void confirm(UUID id) {
		OrderRecords.StoredOrder order = locked(id);
		if (order.status() != OrderStatus.PAID) {
			return;
		}
		List<OrderRecords.Line> lines = orders.lines(id);
		// Committing stock locks the product's stock rows; every order taking them in product order
		// makes two orders sharing products queue behind each other instead of deadlocking.
		lines.stream()
			.filter(line -> line.reservationId() != null)
			.sorted(Comparator.comparing(OrderRecords.Line::productId))
			.map(OrderRecords.Line::reservationId)
			.distinct()
			.forEach(reservation -> stock.commit(new StockReservationId(reservation)));
		Set<UUID> sold = new LinkedHashSet<>();
		for (OrderRecords.Line line : lines) {
			if (line.holdId() != null && sold.add(line.holdId())) {
				holds.sell(new HoldId(line.holdId()));
			}
			if (line.seat() != null) {
				orders.issue(id, line.line(), line.seat(), TicketCode.random());
			}
		}
		orders.moveTo(id, OrderLifecycle.move(order.status(), OrderStatus.CONFIRMED), null);
		List<String> tickets = orders.tickets(id).stream().map(OrderRecords.Ticket::code).toList();
		events.publishEvent(new OrderConfirmed(tenant(), new OrderId(id), order.customer(), tickets));
		webhooks.announce(OrderWebhooks.CONFIRMED, order, OrderStatus.CONFIRMED, OrderWebhooks.tickets(tickets));
	}

	/** Records a completed refund once; a refund recorded before changes nothing. */
	@Transactional
	void refunded(UUID id, UUID refund, Money amount) {
		OrderRecords.StoredOrder order = locked(id);
		if (!orders.recordRefund(id, refund, amount.amount())) {
			return;
		}
		long refundedTotal = order.refunded() + amount.amount();
		OrderStatus next = order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.EXPIRED ? order.status()
				: OrderLifecycle.afterRefund(order.status(), order.paid() - refundedTotal);
		orders.moveTo(id, next, "Refunded " + amount + " (" + order.money(refundedTotal) + " of " + order.money(order.paid())
				+ " in all)");
		events.publishEvent(new OrderRefunded(tenant(), new OrderId(id), amount, order.money(refundedTotal)));
		webhooks.announce(OrderWebhooks.REFUNDED, OrderWebhooks.REFUNDED + "/" + refund, order, next,
				Map.of("refundId", refund, "amount", amount.amount(), "refunded", refundedTotal));
	}

	/**
	 * What a cancelled showtime did to an order, and what it leaves to give back.
	 *
	 * @param changed whether the order changed now (not on a redelivery), so the customer is told
	 * @param refund what to give back: all that is left of the payment when null, nothing when zero
	 */
	record CalledOff(OrderRecords.StoredOrder order, CalledOffShowtime decision, boolean changed,
			List<OrderRecords.Line> seats, Money refund) {

		boolean refundsAllLeft() {
			return refund == null;
		}

		boolean refundsNothing() {
			return refund != null && refund.amount() == 0;
		}
	}

	/**
	 * The showtime was cancelled: the order's tickets for it are void, and the order follows
	 * {@link CalledOffShowtime}. Told again (a redelivered event), nothing changes, but what is owed is
	 * answered again, so a refund a crash interrupted is made.
	 */
	@Transactional
	CalledOff showtimeCancelled(UUID id, UUID showtime) {
		OrderRecords.StoredOrder order = locked(id);
		List<OrderRecords.Line> lines = orders.lines(id);
		List<OrderRecords.Line> seats = lines.stream().filter(line -> showtime.equals(line.showtimeId())).toList();
		boolean voided = !orders.voidTickets(id, showtime).isEmpty();
		CalledOffShowtime decision = CalledOffShowtime.decide(order.status(), seats.size() == lines.size(), order.paid());
		String reason = "The showtime of " + seatsOf(seats) + " was cancelled";
		Money none = order.money(0);
		return switch (decision) {
			case CANCEL, CANCEL_AND_REFUND_ALL -> {
				cancel(order, OrderLifecycle.calledOff(order.status()),
						reason + (decision == CalledOffShowtime.CANCEL ? "" : "; all that was paid is refunded"));
				yield new CalledOff(order, decision, true, seats, decision == CalledOffShowtime.CANCEL ? none : null);
			}
			case REFUND_ALL_LEFT -> new CalledOff(order, decision, false, seats, null);
			case REFUND_SEATS -> {
				Money part = seats.stream().map(line -> order.money(line.gross())).reduce(none, Money::plus);
				if (voided) {
					orders.note(id, order.status(), reason + ": its tickets are void and " + part + " is refunded");
				}
				yield new CalledOff(order, decision, voided, seats, part);
			}
			case NOTHING -> new CalledOff(order, decision, false, seats, none);
		};
	}

	private static String seatsOf(List<OrderRecords.Line> seats) {
		return (seats.size() == 1 ? "seat " : "seats ") + String.join(", ", seats.stream().map(OrderRecords.Line::seat).toList());
	}

	private void cancel(OrderRecords.StoredOrder order, String reason) {
		cancel(order, OrderLifecycle.move(order.status(), OrderStatus.CANCELLED), reason);
	}

	private void cancel(OrderRecords.StoredOrder order, OrderStatus cancelled, String reason) {
		orders.moveTo(order.id(), cancelled, reason);
		releaseAll(order.id());
		events.publishEvent(new OrderCancelled(tenant(), new OrderId(order.id()), reason));
		webhooks.announce(OrderWebhooks.CANCELLED, order, OrderStatus.CANCELLED, Map.of("reason", reason));
	}

	/** Gives up the seats and units the order kept; sold ones stay sold. */
	private void releaseAll(UUID id) {
		Set<UUID> released = new LinkedHashSet<>();
		for (OrderRecords.Line line : orders.lines(id)) {
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

	private OrderRecords.StoredOrder locked(UUID id) {
		return orders.lock(id).orElseThrow(() -> Problem.notFound("order", id));
	}

	private static TenantId tenant() {
		return TenantContext.current().orElseThrow();
	}
}
