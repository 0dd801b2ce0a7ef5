package dev.plaza.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatStatusTest {

	@Test
	void aSeatWithoutLiveClaimIsFreeUnlessBlocked() {
		assertThat(SeatStatus.of(false, false, false)).isEqualTo(SeatStatus.FREE);
		assertThat(SeatStatus.of(true, false, false)).isEqualTo(SeatStatus.BLOCKED);
	}

	@Test
	void aLiveClaimShowsAsHeldOrSoldEvenOnASeatBlockedLater() {
		assertThat(SeatStatus.of(false, true, false)).isEqualTo(SeatStatus.HELD);
		assertThat(SeatStatus.of(true, true, true)).isEqualTo(SeatStatus.SOLD);
	}
}
