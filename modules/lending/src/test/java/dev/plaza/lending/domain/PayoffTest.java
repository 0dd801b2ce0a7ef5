package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The payoff of a day: principal, what is unpaid of installments due, interest earned so far in the running period. */
class PayoffTest {

	private static final LocalDate START = LocalDate.of(2027, 1, 15);

	private final List<OpenInstallment> open = List.of(
			new OpenInstallment(1, LocalDate.of(2027, 2, 15), 78_849, 10_000, 1_500, 0, 0, 0),
			new OpenInstallment(2, LocalDate.of(2027, 3, 15), 79_637, 9_212, 0, 0, 0, 0),
			new OpenInstallment(3, LocalDate.of(2027, 4, 15), 80_434, 8_415, 0, 0, 0, 0));

	@Test
	void onTheDisbursementDayOnlyThePrincipalAndFeesAreOwed() {
		assertThat(Payoff.on(START, open, START, DayCount.THIRTY_360).amount()).isEqualTo(78_849 + 79_637 + 80_434 + 1_500);
	}

	@Test
	void interestAccruesByTheLoansDayCount() {
		// 15 January to 1 February: 16 days of 30 under 30/360, 17 of 31 actual days.
		assertThat(Payoff.on(LocalDate.of(2027, 2, 1), open, START, DayCount.THIRTY_360).amount())
			.isEqualTo(238_920 + 1_500 + 5_333);
		assertThat(Payoff.on(LocalDate.of(2027, 2, 1), open, START, DayCount.ACTUAL_365).amount())
			.isEqualTo(238_920 + 1_500 + 5_484);
	}

	@Test
	void anInstallmentDueIsOwedInFullAndTheNextPeriodAccrues() {
		Payoff payoff = Payoff.on(LocalDate.of(2027, 3, 1), open, START, DayCount.THIRTY_360);

		// All of the first installment's interest and fee; 16 of 30 days of the second's 92.12.
		assertThat(payoff.amount()).isEqualTo(238_920 + 1_500 + 10_000 + 4_913);
		assertThat(payoff.parts()).extracting(Allocation.Part::interest).containsExactly(10_000L, 4_913L, 0L);
	}
}
