package dev.plaza.orders.domain;

import static dev.plaza.orders.OrderStatus.AWAITING_PAYMENT;
import static dev.plaza.orders.OrderStatus.CANCELLED;
import static dev.plaza.orders.OrderStatus.CONFIRMED;
import static dev.plaza.orders.OrderStatus.EXPIRED;
import static dev.plaza.orders.OrderStatus.FULFILLED;
import static dev.plaza.orders.OrderStatus.PAID;
import static dev.plaza.orders.OrderStatus.PARTIALLY_REFUNDED;
import static dev.plaza.orders.OrderStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.plaza.orders.OrderStatus;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is told to an order, in whatever order and however often (redelivered events, racing
 * requests), it only ever moves along its state machine and never gives back more than it was paid.
 */
class OrderProperties {

	/** Every move an order may make; a refund of a closed order keeps it where it is. */
	private static final Map<OrderStatus, Set<OrderStatus>> MOVES = Map.of(
			AWAITING_PAYMENT, EnumSet.of(PAID, CANCELLED, EXPIRED),
			PAID, EnumSet.of(CONFIRMED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED),
			CONFIRMED, EnumSet.of(FULFILLED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED),
			FULFILLED, EnumSet.of(CANCELLED, PARTIALLY_REFUNDED, REFUNDED),
			PARTIALLY_REFUNDED, EnumSet.of(CANCELLED, PARTIALLY_REFUNDED, REFUNDED),
			CANCELLED, EnumSet.of(CANCELLED),
			EXPIRED, EnumSet.of(EXPIRED),
			REFUNDED, EnumSet.noneOf(OrderStatus.class));

	/** One thing told to an order; empty when it causes nothing. */
	private record Command(String name, Function<Order, Optional<? extends OrderEvent>> apply) {

		@Override
		public String toString() {
			return name;
		}
	}

	@Property
	void noSequenceOfCommandsLeavesTheStateMachine(@ForAll("commands") List<Command> commands) {
		Order order = OrderTest.placed();
		for (Command command : commands) {
			Optional<? extends OrderEvent> event;
			try {
				event = command.apply().apply(order);
			}
			catch (IllegalTransition refused) {
				// Each cause has its own rule (a paid order is cancelled when its seats are lost, never on
				// request), so a refusal says only that the order, unchanged, could not go there now.
				assertThat(refused.from()).isEqualTo(order.status());
				continue;
			}
			if (event.isEmpty()) {
				continue;
			}
			Order next = event.get().order();
			if (next.status() != order.status() || event.get() instanceof OrderEvent.Refunded) {
				assertThat(MOVES.get(order.status())).as("%s after %s", next.status(), order.status()).contains(next.status());
			}
			assertThat(next.id()).isEqualTo(order.id());
			assertThat(next.refunded().exceeds(next.paid())).isFalse();
			if (order.paid().amount() > 0) {
				assertThat(next.paid()).as("a payment is recorded once").isEqualTo(order.paid());
			}
			order = next;
		}
	}

	@Property
	void whatIsToldTwiceChangesTheOrderOnce(@ForAll("commands") List<Command> commands) {
		Order order = OrderTest.placed();
		for (Command command : commands) {
			try {
				Optional<? extends OrderEvent> event = command.apply().apply(order);
				order = event.isEmpty() ? order : event.get().order();
			}
			catch (IllegalTransition refused) {
				continue;
			}
		}
		Order settled = order;
		assertThat(settled.pay(OrderTest.TOTAL, OrderTest.FEE).map(OrderEvent::order).flatMap(o -> o.pay(OrderTest.TOTAL,
				OrderTest.FEE))).isEmpty();
		assertThat(settled.paymentFailed("declined").flatMap(o -> o.order().paymentFailed("declined"))).isEmpty();
	}

	@Provide
	Arbitrary<List<Command>> commands() {
		Arbitrary<Command> refund = Arbitraries.integers().between(1, 100).map(percent -> new Command("refund " + percent + "%",
				order -> refundable(order, percent)));
		Arbitrary<Command> fixed = Arbitraries.of(
				new Command("pay", order -> order.pay(OrderTest.TOTAL, OrderTest.FEE)),
				new Command("payment failed", order -> order.paymentFailed("declined")),
				new Command("confirm", Order::confirm),
				new Command("fulfil", order -> Optional.of(order.fulfil())),
				new Command("cancel", order -> Optional.of(order.cancel("Cancelled on request"))),
				new Command("lost", order -> order.lostBeforeConfirmation("Could not be confirmed")),
				new Command("call off", order -> Optional.of(order.callOff("The showtime was cancelled"))),
				new Command("expire", order -> Optional.of(order.expire())));
		return Arbitraries.oneOf(fixed, refund).list().ofMaxSize(12);
	}

	/** The payments module never gives back more than is left of what was paid, so neither do these. */
	private static Optional<OrderEvent.Refunded> refundable(Order order, int percent) {
		long left = order.paid().minus(order.refunded()).amount();
		if (left == 0) {
			return Optional.empty();
		}
		long amount = Math.max(1, left * percent / 100);
		return Optional.of(order.refund(new RefundId(UUID.randomUUID()), new Money(amount, order.currency())));
	}
}
