package dev.plaza.orders.application;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservations;
import dev.plaza.orders.domain.CalledOffShowtime;
import dev.plaza.orders.domain.IllegalTransition;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.OrderEvent;
import dev.plaza.orders.domain.PlatformFee;
import dev.plaza.orders.domain.TicketCode;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.SeatHolds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each change of an order's state in one short transaction: the order row is locked, the {@link Order}
 * decides, and {@link OrderChanges} records and announces what it decided. A change that was made
 * already causes nothing, so redelivered events and retried requests act once.
 */
@Service
public class OrderTransitions {

	private final OrderRepository orders;

	private final OrderChanges changes;

	private final SeatHolds holds;

	private final StockReservations stock;

	OrderTransitions(OrderRepository orders, OrderChanges changes, SeatHolds holds, StockReservations stock) {
		this.orders = orders;
		this.changes = changes;
		this.holds = holds;
		this.stock = stock;
	}

	/** Records the payment; answers the order as it left it, {@link Order#closed() closed} when the payment must be given back. */
	@Transactional
	public Order paid(UUID id, Money amount, PlatformFee fee) {
		Order order = locked(id);
		return order.pay(amount, fee.of(amount)).map(this::apply).orElse(order);
	}

	/** The payment failed: nothing was charged, and the order can no longer be paid, so it is cancelled. */
	@Transactional
	public void paymentFailed(UUID id, String failureCode) {
		locked(id).paymentFailed(failureCode).ifPresent(changes::apply);
	}

	/** @throws IllegalTransition unless the order awaits payment */
	@Transactional
	public void cancelOnRequest(UUID id) {
		changes.apply(locked(id).cancel("Cancelled on request"));
	}

	/** Seats or stock were lost before confirmation: the paid order is cancelled; its payment is refunded next. */
	@Transactional
	public void lostBeforeConfirmation(UUID id, String reason) {
		locked(id).lostBeforeConfirmation(reason).ifPresent(changes::apply);
	}

	/** @throws IllegalTransition unless the order is confirmed */
	@Transactional
	public void fulfil(UUID id) {
		changes.apply(locked(id).fulfil());
	}

	/** Expires the order if it is still unpaid past its deadline and no other instance is expiring it. */
	@Transactional
	public void expireIfOverdue(UUID id) {
		orders.lockOverdue(id).map(Order::expire).ifPresent(changes::apply);
	}

	/**
	 * Sells the seats, takes the stock off the shelf, issues one ticket per seat and confirms the order.
	 * Seats or stock lost meanwhile throw the reservations module's {@link Problem} and nothing is kept.
	 */
	@Transactional
	public void confirm(UUID id) {
		locked(id).confirm().ifPresent(confirmed -> {
			deliver(id);
			changes.apply(confirmed);
		});
	}

	private void deliver(UUID id) {
		List<OrderRepository.Line> lines = orders.lines(id);
		// Committing stock locks the product's stock rows; every order taking them in product order
		// makes two orders sharing products queue behind each other instead of deadlocking.
		lines.stream()
			.filter(line -> line.reservationId() != null)
			.sorted(Comparator.comparing(OrderRepository.Line::productId))
			.map(OrderRepository.Line::reservationId)
			.distinct()
			.forEach(reservation -> stock.commit(new StockReservationId(reservation)));
		Set<UUID> sold = new LinkedHashSet<>();
		for (OrderRepository.Line line : lines) {
			if (line.holdId() != null && sold.add(line.holdId())) {
				holds.sell(new HoldId(line.holdId()));
			}
			if (line.seat() != null) {
				orders.issue(id, line.line(), line.seat(), TicketCode.random());
			}
		}
	}

	/** Records a completed refund once; a refund recorded before changes nothing. */
	@Transactional
	public void refunded(UUID id, UUID refund, Money amount) {
		Order order = locked(id);
		if (orders.recordRefund(id, refund, amount.amount())) {
			changes.apply(order.refund(new RefundId(refund), amount));
		}
	}

	/**
	 * What a cancelled showtime did to an order, and what it leaves to give back.
	 *
	 * @param order as it was before
	 * @param changed whether the order changed now (not on a redelivery), so the customer is told
	 * @param refund what to give back: all that is left of the payment when null, nothing when zero
	 */
	public record CalledOff(Order order, CalledOffShowtime decision, boolean changed, List<OrderRepository.Line> seats,
			Money refund) {

		public boolean refundsAllLeft() {
			return refund == null;
		}

		public boolean refundsNothing() {
			return refund != null && refund.amount() == 0;
		}
	}

	/**
	 * The showtime was cancelled: the order's tickets for it are void, and the order follows
	 * {@link CalledOffShowtime}. Told again (a redelivered event), nothing changes, but what is owed is
	 * answered again, so a refund a crash interrupted is made.
	 */
	@Transactional
	public CalledOff showtimeCancelled(UUID id, UUID showtime) {
		Order order = locked(id);
		List<OrderRepository.Line> lines = orders.lines(id);
		List<OrderRepository.Line> seats = lines.stream().filter(line -> showtime.equals(line.showtimeId())).toList();
		boolean voided = !orders.voidTickets(id, showtime).isEmpty();
		CalledOffShowtime decision = CalledOffShowtime.decide(order.status(), seats.size() == lines.size(),
				order.paid().amount());
		String reason = "The showtime of " + seatsOf(seats) + " was cancelled";
		Money none = Money.zero(order.currency());
		return switch (decision) {
			case CANCEL, CANCEL_AND_REFUND_ALL -> {
				changes.apply(order.callOff(reason + (decision == CalledOffShowtime.CANCEL ? "" : "; all that was paid is refunded")));
				yield new CalledOff(order, decision, true, seats, decision == CalledOffShowtime.CANCEL ? none : null);
			}
			case REFUND_ALL_LEFT -> new CalledOff(order, decision, false, seats, null);
			case REFUND_SEATS -> {
				Money part = seats.stream().map(line -> new Money(line.gross(), order.currency())).reduce(none, Money::plus);
				if (voided) {
					orders.note(id, order.status(), reason + ": its tickets are void and " + part + " is refunded");
				}
				yield new CalledOff(order, decision, voided, seats, part);
			}
			case NOTHING -> new CalledOff(order, decision, false, seats, none);
		};
	}

	private static String seatsOf(List<OrderRepository.Line> seats) {
		return (seats.size() == 1 ? "seat " : "seats ")
				+ String.join(", ", seats.stream().map(OrderRepository.Line::seat).toList());
	}

	private Order apply(OrderEvent change) {
		changes.apply(change);
		return change.order();
	}

	private Order locked(UUID id) {
		return orders.lock(id).orElseThrow(() -> Problem.notFound("order", id));
	}
}
