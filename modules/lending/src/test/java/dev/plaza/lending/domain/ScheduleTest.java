package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleTest {

	private static final LocalDate START = LocalDate.of(2027, 1, 15);

	private static final LoanTerms TEN_THOUSAND_AT_TWELVE_PERCENT = new LoanTerms(1_000_000, 1200, 12,
			Amortization.DECLINING_BALANCE, DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, START);

	@Test
	void tenThousandAtTwelvePercentOverTwelveMonthsIsEightHundredEightyEightFortyNineAMonth() {
		Schedule schedule = Schedule.of(TEN_THOUSAND_AT_TWELVE_PERCENT);

		assertThat(schedule.installments()).hasSize(12);
		assertThat(schedule.installments().subList(0, 11)).allSatisfy(i -> assertThat(i.total()).isEqualTo(88_849));
		assertThat(schedule.installments().get(0).interest()).isEqualTo(10_000);
		assertThat(schedule.installments().get(11).balanceAfter()).isZero();
		// The last installment takes what rounding the other eleven left over: a few units at most.
		assertThat(schedule.installments().get(11).total()).isBetween(88_840L, 88_860L);
	}

	@Test
	void theAprOfThatLoanWithoutFeesIsTwelvePointSixEightPercent() {
		Schedule schedule = Schedule.of(TEN_THOUSAND_AT_TWELVE_PERCENT);

		assertThat(AnnualPercentageRate.of(1_000_000, schedule, RepaymentFrequency.MONTHLY)).isEqualTo(1268);
	}

	@Test
	void anOriginationFeeKeptAtDisbursementRaisesTheApr() {
		Schedule schedule = Schedule.of(TEN_THOUSAND_AT_TWELVE_PERCENT);

		// 2 % kept back: the borrower receives 9,800.00 and repays the same installments, 17.06 % a year
		// (the Annex I equation solved independently for these flows).
		assertThat(AnnualPercentageRate.of(980_000, schedule, RepaymentFrequency.MONTHLY)).isEqualTo(1706);
	}

	@Test
	void monthlyDatesKeepTheMonthEnd() {
		LocalDate endOfJanuary = LocalDate.of(2027, 1, 31);
		List<LocalDate> dates = Schedule
			.of(new LoanTerms(300_000, 900, 3, Amortization.EQUAL_PRINCIPAL, DayCount.ACTUAL_365,
					RepaymentFrequency.MONTHLY, 0, endOfJanuary))
			.installments()
			.stream()
			.map(Installment::dueDate)
			.toList();

		assertThat(dates).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
	}

	@Test
	void aGracePeriodPaysInterestOnly() {
		Schedule schedule = Schedule.of(new LoanTerms(1_200_000, 1200, 12, Amortization.EQUAL_PRINCIPAL,
				DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 2, START));

		assertThat(schedule.installments().subList(0, 2)).allSatisfy(i -> {
			assertThat(i.principal()).isZero();
			assertThat(i.interest()).isEqualTo(12_000);
		});
		assertThat(schedule.installments().subList(2, 12)).allSatisfy(i -> assertThat(i.principal()).isEqualTo(120_000));
	}

	@Test
	void flatInterestIsChargedOnTheAmountLentForTheWholeTerm() {
		Schedule schedule = Schedule.of(new LoanTerms(1_000_000, 1200, 12, Amortization.FLAT, DayCount.THIRTY_360,
				RepaymentFrequency.MONTHLY, 0, START));

		assertThat(schedule.totalInterest()).isEqualTo(120_000);
		assertThat(schedule.installments().get(0).interest()).isEqualTo(10_000);
	}

	@Test
	void weeklyLoansFallDueEveryWeek() {
		Schedule schedule = Schedule.of(new LoanTerms(520_000, 1000, 12, Amortization.DECLINING_BALANCE,
				DayCount.ACTUAL_365, RepaymentFrequency.WEEKLY, 0, START));

		assertThat(schedule.installments()).hasSize(52);
		assertThat(schedule.installments().get(1).dueDate()).isEqualTo(START.plusWeeks(2));
	}
}
