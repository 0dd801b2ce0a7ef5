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

import java.util.List;

import dev.plaza.orders.OrderStatus;
import org.junit.jupiter.api.Test;

class CalledOffShowtimeTest {

	@Test
	void anOrderOfNothingButTheShowtimesSeatsIsCancelledAndRefundedInFullEvenWhenDelivered() {
		for (OrderStatus status : List.of(PAID, CONFIRMED, FULFILLED, PARTIALLY_REFUNDED)) {
			assertThat(CalledOffShowtime.decide(status, true, 1900)).isEqualTo(CalledOffShowtime.CANCEL_AND_REFUND_ALL);
		}
	}

	@Test
	void anUnpaidOrderIsCancelledWithNothingToGiveBack() {
		assertThat(CalledOffShowtime.decide(AWAITING_PAYMENT, false, 0)).isEqualTo(CalledOffShowtime.CANCEL);
	}

	@Test
	void aConfirmedOrderWithOtherThingsKeepsThemAndGetsTheSeatsRefunded() {
		assertThat(CalledOffShowtime.decide(CONFIRMED, false, 1950)).isEqualTo(CalledOffShowtime.REFUND_SEATS);
		assertThat(CalledOffShowtime.decide(PARTIALLY_REFUNDED, false, 1950)).isEqualTo(CalledOffShowtime.REFUND_SEATS);
	}

	@Test
	void aPaidOrderNotYetConfirmedIsCancelledWholeSinceItsSeatsCanNoLongerBeSold() {
		assertThat(CalledOffShowtime.decide(PAID, false, 1950)).isEqualTo(CalledOffShowtime.CANCEL_AND_REFUND_ALL);
	}

	@Test
	void toldAgainACancelledOrderIsOwedWhatIsLeftAndAClosedOneNothing() {
		assertThat(CalledOffShowtime.decide(CANCELLED, true, 1900)).isEqualTo(CalledOffShowtime.REFUND_ALL_LEFT);
		assertThat(CalledOffShowtime.decide(CANCELLED, true, 0)).isEqualTo(CalledOffShowtime.NOTHING);
		assertThat(CalledOffShowtime.decide(EXPIRED, true, 0)).isEqualTo(CalledOffShowtime.NOTHING);
		assertThat(CalledOffShowtime.decide(REFUNDED, false, 1900)).isEqualTo(CalledOffShowtime.NOTHING);
	}
}
