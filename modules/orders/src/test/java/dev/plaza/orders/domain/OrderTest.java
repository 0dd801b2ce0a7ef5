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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderStatus;
import dev.plaza.payments.PaymentId;
import dev.plaza.payments.RefundId;
import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;
import org.junit.jupiter.api.Test;

class OrderTest {

	static final Money TOTAL = Money.of(2000, "EUR");

	static final Money FEE = Money.of(60, "EUR");

	static Order placed() {
		Pricing.Priced priced = Pricing.price(List.of(new Pricing.Item("Seat A1", TOTAL, 1, TaxClass.STANDARD)), PricingTest.SPAIN,
				TOTAL.currency());
		Instant now = Instant.parse("2026-12-07T10:00:00Z");
		return Order.place(new OrderId(UUID.randomUUID()), new Order.Buyer(UUID.randomUUID(), "ana", "ana@example.com"), "ES",
				priced, new PaymentId(UUID.randomUUID()), now, now.plusSeconds(900));
	}

	static Order in(OrderStatus status) {
		Order placed = placed();
		return switch (status) {
			case AWAITING_PAYMENT -> placed;
			case PAID -> placed.pay(TOTAL, FEE).orElseThrow().order();
			case CONFIRMED -> in(PAID).confirm().orElseThrow().order();
			case FULFILLED -> in(CONFIRMED).fulfil().order();
			case CANCELLED -> placed.cancel("Cancelled on request").order();
			case EXPIRED -> placed.expire().order();
			case PARTIALLY_REFUNDED -> refund(in(CONFIRMED), 500).order();
			case REFUNDED -> refund(in(CONFIRMED), 2000).order();
		};
	}

	static OrderEvent.Refunded refund(Order order, long amount) {
		return order.refund(new RefundId(UUID.randomUUID()), Money.of(amount, "EUR"));
	}

	@Test
	void aPlacedOrderAwaitsPaymentOfItsPricedTotalWithNothingPaid() {
		Order order = placed();

		assertThat(order.status()).isEqualTo(AWAITING_PAYMENT);
		assertThat(order.total()).isEqualTo(TOTAL);
		assertThat(order.paid()).isEqualTo(Money.of(0, "EUR"));
		assertThat(order.refunded()).isEqualTo(Money.of(0, "EUR"));
	}

	@Test
	void anOrderIsPaidConfirmedAndFulfilledInThatOrder() {
		OrderEvent paid = placed().pay(TOTAL, FEE).orElseThrow();
		assertThat(paid).isEqualTo(new OrderEvent.Paid(paid.order(), TOTAL));
		assertThat(paid.order().status()).isEqualTo(PAID);
		assertThat(paid.order().paid()).isEqualTo(TOTAL);
		assertThat(paid.order().platformFee()).isEqualTo(FEE);

		Order confirmed = paid.order().confirm().orElseThrow().order();
		assertThat(confirmed.status()).isEqualTo(CONFIRMED);
		assertThat(confirmed.fulfil().order().status()).isEqualTo(FULFILLED);
	}

	@Test
	void aPaymentOrConfirmationToldAgainCausesNothing() {
		for (OrderStatus paidAlready : List.of(PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED, REFUNDED)) {
			assertThat(in(paidAlready).pay(TOTAL, FEE)).isEmpty();
		}
		for (OrderStatus movedOn : List.of(CONFIRMED, FULFILLED, PARTIALLY_REFUNDED, REFUNDED, CANCELLED, EXPIRED)) {
			assertThat(in(movedOn).confirm()).isEmpty();
		}
	}

	@Test
	void skippingAStepIsRefusedSayingWhereTheOrderStands() {
		assertThatThrownBy(() -> placed().confirm()).isInstanceOf(IllegalTransition.class)
			.hasMessage("An order that is awaiting_payment cannot become confirmed.");
		assertThatThrownBy(() -> in(PAID).fulfil()).isInstanceOf(IllegalTransition.class)
			.hasMessage("An order that is paid cannot become fulfilled.");
		assertThatThrownBy(() -> in(FULFILLED).fulfil()).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void onlyAnOrderAwaitingPaymentIsCancelledOnRequestOrExpires() {
		for (OrderStatus other : List.of(PAID, CONFIRMED, FULFILLED, CANCELLED, EXPIRED, PARTIALLY_REFUNDED, REFUNDED)) {
			assertThatThrownBy(() -> in(other).cancel("Cancelled on request")).isInstanceOf(IllegalTransition.class)
				.extracting(refused -> ((IllegalTransition) refused).to()).isEqualTo(CANCELLED);
			assertThatThrownBy(() -> in(other).expire()).isInstanceOf(IllegalTransition.class);
		}
		OrderEvent.Expired expired = placed().expire();
		assertThat(expired.order().status()).isEqualTo(EXPIRED);
		assertThat(expired.reason()).isEqualTo("Not paid by 2026-12-07T10:15:00Z");
	}

	@Test
	void aFailedPaymentCancelsAnUnpaidOrderAndChangesNothingOnceItMovedOn() {
		OrderEvent.Cancelled cancelled = placed().paymentFailed("card_declined").orElseThrow();
		assertThat(cancelled.order().status()).isEqualTo(CANCELLED);
		assertThat(cancelled.reason()).isEqualTo("The payment failed (card_declined)");

		assertThat(cancelled.order().paymentFailed("card_declined")).isEmpty();
		assertThat(in(EXPIRED).paymentFailed("card_declined")).isEmpty();
	}

	@Test
	void aPaidOrderWhoseSeatsWereLostIsCancelledUnlessItMovedOn() {
		assertThat(in(PAID).lostBeforeConfirmation("Could not be confirmed").orElseThrow().order().status()).isEqualTo(CANCELLED);
		for (OrderStatus other : List.of(AWAITING_PAYMENT, CONFIRMED, CANCELLED, PARTIALLY_REFUNDED)) {
			assertThat(in(other).lostBeforeConfirmation("Could not be confirmed")).isEmpty();
		}
	}

	@Test
	void aPaymentArrivingAfterTheOrderClosedIsRecordedOnceToBeGivenBack() {
		for (OrderStatus closed : List.of(CANCELLED, EXPIRED)) {
			Order order = in(closed);
			assertThat(order.closed()).isTrue();

			OrderEvent late = order.pay(TOTAL, FEE).orElseThrow();
			assertThat(late).isInstanceOf(OrderEvent.PaidAfterClosing.class);
			assertThat(late.order().status()).isEqualTo(closed);
			assertThat(late.order().paid()).isEqualTo(TOTAL);
			assertThat(late.reason()).isEqualTo("Payment of " + TOTAL + " arrived after the order was " + closed.code()
					+ "; it is refunded in full");
			assertThat(late.order().pay(TOTAL, FEE)).isEmpty();
		}
	}

	@Test
	void refundsMakeAPaidOrderPartiallyRefundedThenRefunded() {
		OrderEvent.Refunded part = refund(in(FULFILLED), 500);
		assertThat(part.order().status()).isEqualTo(PARTIALLY_REFUNDED);
		assertThat(part.order().refunded()).isEqualTo(Money.of(500, "EUR"));
		assertThat(part.reason()).isEqualTo("Refunded " + Money.of(500, "EUR") + " (" + Money.of(500, "EUR") + " of " + TOTAL
				+ " in all)");

		OrderEvent.Refunded rest = refund(part.order(), 1500);
		assertThat(rest.order().status()).isEqualTo(REFUNDED);
		assertThat(rest.order().refunded()).isEqualTo(TOTAL);
	}

	@Test
	void aClosedOrderStaysClosedWhenItsMoneyIsGivenBack() {
		Order cancelled = in(PAID).lostBeforeConfirmation("Could not be confirmed").orElseThrow().order();
		assertThat(refund(cancelled, 2000).order().status()).isEqualTo(CANCELLED);

		Order lateExpired = in(EXPIRED).pay(TOTAL, FEE).orElseThrow().order();
		assertThat(refund(lateExpired, 2000).order().status()).isEqualTo(EXPIRED);
	}

	@Test
	void onlyAPaidOpenOrderMayBeRefundedOnRequest() {
		for (OrderStatus status : List.of(PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED)) {
			in(status).requireRefundable();
		}
		for (OrderStatus status : List.of(AWAITING_PAYMENT, CANCELLED, EXPIRED, REFUNDED)) {
			assertThatThrownBy(() -> in(status).requireRefundable()).isInstanceOf(IllegalTransition.class)
				.hasMessage("An order that is " + status.code() + " cannot become refunded.");
		}
		assertThatThrownBy(() -> refund(placed(), 100)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void aCalledOffShowtimeCancelsEveryOrderStillOpenEvenDelivered() {
		for (OrderStatus open : List.of(AWAITING_PAYMENT, PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED)) {
			assertThat(in(open).callOff("The showtime was cancelled").order().status()).isEqualTo(CANCELLED);
		}
		for (OrderStatus closed : List.of(CANCELLED, EXPIRED, REFUNDED)) {
			assertThatThrownBy(() -> in(closed).callOff("The showtime was cancelled")).isInstanceOf(IllegalTransition.class);
		}
	}
}
