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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.plaza.orders.OrderStatus;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

	@Test
	void anOrderIsPaidConfirmedAndFulfilledInThatOrder() {
		assertThat(OrderLifecycle.move(AWAITING_PAYMENT, PAID)).isEqualTo(PAID);
		assertThat(OrderLifecycle.move(PAID, CONFIRMED)).isEqualTo(CONFIRMED);
		assertThat(OrderLifecycle.move(CONFIRMED, FULFILLED)).isEqualTo(FULFILLED);
	}

	@Test
	void skippingAStepOrGoingBackIsRefused() {
		assertThatThrownBy(() -> OrderLifecycle.move(AWAITING_PAYMENT, CONFIRMED)).isInstanceOf(IllegalTransition.class)
			.hasMessage("An order that is awaiting_payment cannot become confirmed.");
		assertThatThrownBy(() -> OrderLifecycle.move(PAID, FULFILLED)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> OrderLifecycle.move(CONFIRMED, PAID)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> OrderLifecycle.move(FULFILLED, CANCELLED)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void cancelledExpiredAndRefundedOrdersAreFinal() {
		for (OrderStatus end : List.of(CANCELLED, EXPIRED, REFUNDED)) {
			for (OrderStatus next : OrderStatus.values()) {
				assertThatThrownBy(() -> OrderLifecycle.move(end, next)).isInstanceOf(IllegalTransition.class);
			}
		}
	}

	@Test
	void onlyAnUnpaidOrderExpires() {
		assertThat(OrderLifecycle.move(AWAITING_PAYMENT, EXPIRED)).isEqualTo(EXPIRED);
		assertThatThrownBy(() -> OrderLifecycle.move(PAID, EXPIRED)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refundsFollowPaidStatesPartlyOrInFull() {
		assertThat(OrderLifecycle.refundable(AWAITING_PAYMENT)).isFalse();
		assertThat(OrderLifecycle.refundable(CONFIRMED)).isTrue();
		assertThat(OrderLifecycle.afterRefund(CONFIRMED, 500)).isEqualTo(PARTIALLY_REFUNDED);
		assertThat(OrderLifecycle.afterRefund(PARTIALLY_REFUNDED, 0)).isEqualTo(REFUNDED);
		assertThat(OrderLifecycle.afterRefund(FULFILLED, 0)).isEqualTo(REFUNDED);
	}

	@Test
	void aCalledOffShowtimeCancelsEveryOrderStillOpenEvenDelivered() {
		for (OrderStatus open : List.of(AWAITING_PAYMENT, PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED)) {
			assertThat(OrderLifecycle.calledOff(open)).isEqualTo(CANCELLED);
		}
		for (OrderStatus closed : List.of(CANCELLED, EXPIRED, REFUNDED)) {
			assertThatThrownBy(() -> OrderLifecycle.calledOff(closed)).isInstanceOf(IllegalTransition.class);
		}
	}
}
