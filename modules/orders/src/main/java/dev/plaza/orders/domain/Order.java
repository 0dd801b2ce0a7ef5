package dev.plaza.orders.domain;

import static dev.plaza.orders.OrderStatus.AWAITING_PAYMENT;
import static dev.plaza.orders.OrderStatus.CANCELLED;
import static dev.plaza.orders.OrderStatus.CONFIRMED;
import static dev.plaza.orders.OrderStatus.EXPIRED;
import static dev.plaza.orders.OrderStatus.FULFILLED;
import static dev.plaza.orders.OrderStatus.PAID;
import static dev.plaza.orders.OrderStatus.PARTIALLY_REFUNDED;
import static dev.plaza.orders.OrderStatus.REFUNDED;

import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderStatus;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;

/**
 * An order and the rules of its life: {@code awaiting_payment → paid → confirmed → fulfilled}. Unpaid, it
 * is cancelled or expires; paid, money given back makes it partially refunded or refunded; what it was
 * bought for being called off cancels it from any state it is still open in.
 *
 * <p>Each change answers the event it causes, carrying the order as it leaves it. Payments and
 * confirmations arrive from the outbox and may be told again: one the order went through already
 * causes nothing. A change its state does not allow is refused with {@link IllegalTransition}.
 *
 * @param paid what its payment charged; {@code platformFee} is the platform's share of it
 * @param refunded all that was given back so far
 * @param paymentDeadline unpaid past it, the order expires
 */
public record Order(OrderId id, Buyer buyer, String country, OrderStatus status, Money total, Money tax, Money paid,
		Money platformFee, Money refunded, PaymentId paymentId, Instant paymentDeadline, Instant placedAt) {

	private static final Set<OrderStatus> REFUNDABLE = EnumSet.of(PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED);

	public Order {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(buyer, "buyer");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(total, "total");
		Objects.requireNonNull(paid, "paid");
		Objects.requireNonNull(refunded, "refunded");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(paymentDeadline, "paymentDeadline");
	}

	/** Who buys, and the cart the order was made from. */
	public record Buyer(UUID cartId, String customer, String email) {
	}

	/** A new order of what {@code priced} says, awaiting {@code payment} until {@code paymentDeadline}. */
	public static Order place(OrderId id, Buyer buyer, String country, Pricing.Priced priced, PaymentId payment,
			Instant placedAt, Instant paymentDeadline) {
		Money none = Money.zero(priced.total().currency());
		return new Order(id, buyer, country, AWAITING_PAYMENT, priced.total(), priced.tax(), none, none, none, payment,
				paymentDeadline, placedAt);
	}

	public Currency currency() {
		return total.currency();
	}

	/** Cancelled or expired: it will not be completed, and any money it gets is given back. */
	public boolean closed() {
		return status == CANCELLED || status == EXPIRED;
	}

	/** Whether money may be given back on request: it was paid, is not closed and is not refunded in full. */
	public boolean refundable() {
		return refundable(status);
	}

	static boolean refundable(OrderStatus status) {
		return REFUNDABLE.contains(status);
	}

	/** @throws IllegalTransition when no money may be given back on request (see {@link #refundable()}) */
	public void requireRefundable() {
		if (!refundable()) {
			throw new IllegalTransition(status, REFUNDED);
		}
	}

	/**
	 * The payment of {@code amount} succeeded, of which {@code fee} is the platform's. An order that was
	 * closed meanwhile keeps its status and records the payment, to give it back.
	 */
	public Optional<OrderEvent> pay(Money amount, Money fee) {
		if (status == AWAITING_PAYMENT) {
			return Optional.of(new OrderEvent.Paid(withPayment(PAID, amount, fee), amount));
		}
		if (closed() && paid.amount() == 0) {
			return Optional.of(new OrderEvent.PaidAfterClosing(withPayment(status, amount, fee), amount));
		}
		return Optional.empty();
	}

	/** Confirms a paid order; one confirmed, cancelled or refunded since is left as it is. */
	public Optional<OrderEvent.Confirmed> confirm() {
		if (status == AWAITING_PAYMENT) {
			throw new IllegalTransition(status, CONFIRMED);
		}
		return status == PAID ? Optional.of(new OrderEvent.Confirmed(with(CONFIRMED))) : Optional.empty();
	}

	/** The customer has what they bought; only a confirmed order can be fulfilled. */
	public OrderEvent.Fulfilled fulfil() {
		return new OrderEvent.Fulfilled(move(CONFIRMED, FULFILLED));
	}

	/** Cancels the order on request; only an order awaiting payment can be cancelled. */
	public OrderEvent.Cancelled cancel(String reason) {
		return new OrderEvent.Cancelled(move(AWAITING_PAYMENT, CANCELLED), reason);
	}

	/** The payment failed: nothing was charged and the order can no longer be paid. Told late, it changes nothing. */
	public Optional<OrderEvent.Cancelled> paymentFailed(String failureCode) {
		return status == AWAITING_PAYMENT ? Optional.of(cancel("The payment failed (" + failureCode + ")")) : Optional.empty();
	}

	/**
	 * What the paid order bought was lost before it was confirmed (seats someone else took): it is
	 * cancelled, and its payment refunded next. An order that moved on meanwhile is left as it is.
	 */
	public Optional<OrderEvent.Cancelled> lostBeforeConfirmation(String reason) {
		return status == PAID ? Optional.of(new OrderEvent.Cancelled(with(CANCELLED), reason)) : Optional.empty();
	}

	/** What the order was bought for was called off: it is cancelled from any state it is still open in, delivered or not. */
	public OrderEvent.Cancelled callOff(String reason) {
		if (status != AWAITING_PAYMENT && !refundable()) {
			throw new IllegalTransition(status, CANCELLED);
		}
		return new OrderEvent.Cancelled(with(CANCELLED), reason);
	}

	/** The order was not paid by its deadline. */
	public OrderEvent.Expired expire() {
		return new OrderEvent.Expired(move(AWAITING_PAYMENT, EXPIRED));
	}

	/**
	 * Records {@code amount} given back under {@code refund}. A closed order stays as it is; a paid one
	 * becomes partially refunded, or refunded once all it paid is given back.
	 */
	public OrderEvent.Refunded refund(RefundId refund, Money amount) {
		Money refundedNow = refunded.plus(amount);
		OrderStatus next = closed() ? status : paid.minus(refundedNow).amount() == 0 ? REFUNDED : PARTIALLY_REFUNDED;
		if (!closed() && !refundable()) {
			throw new IllegalTransition(status, next);
		}
		return new OrderEvent.Refunded(new Order(id, buyer, country, next, total, tax, paid, platformFee, refundedNow,
				paymentId, paymentDeadline, placedAt), refund, amount);
	}

	private Order move(OrderStatus from, OrderStatus to) {
		if (status != from) {
			throw new IllegalTransition(status, to);
		}
		return with(to);
	}

	private Order with(OrderStatus next) {
		return new Order(id, buyer, country, next, total, tax, paid, platformFee, refunded, paymentId, paymentDeadline, placedAt);
	}

	private Order withPayment(OrderStatus next, Money amount, Money fee) {
		return new Order(id, buyer, country, next, total, tax, amount, fee, refunded, paymentId, paymentDeadline, placedAt);
	}
}
