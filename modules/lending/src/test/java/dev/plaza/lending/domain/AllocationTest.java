package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AllocationTest {

	private static final LocalDate FEB = LocalDate.of(2027, 2, 15);

	private static final LocalDate MAR = LocalDate.of(2027, 3, 15);

	private static final LocalDate APR = LocalDate.of(2027, 4, 15);

	private final List<OpenInstallment> open = List.of(
			new OpenInstallment(1, FEB, 78_849, 10_000, 1_500, 0, 0, 0),
			new OpenInstallment(2, MAR, 79_637, 9_212, 0, 0, 0, 0),
			new OpenInstallment(3, APR, 80_434, 8_415, 0, 0, 0, 0));

	@Test
	void theOldestInstallmentTakesItsFeesThenInterestThenPrincipal() {
		Allocation allocation = Allocation.of(20_000, MAR.plusDays(1), open);

		assertThat(allocation.parts()).containsExactly(new Allocation.Part(1, 1_500, 10_000, 8_500));
		assertThat(allocation.prepayment()).isZero();
	}

	@Test
	void moneyBeyondTheOldestGoesToTheNextInTheSameOrder() {
		Allocation allocation = Allocation.of(90_349 + 9_300, MAR, open);

		assertThat(allocation.parts()).containsExactly(new Allocation.Part(1, 1_500, 10_000, 78_849),
				new Allocation.Part(2, 0, 9_212, 88));
	}

	@Test
	void aRepaymentPaysTheNextInstallmentAheadButNotTheOneAfter() {
		Allocation allocation = Allocation.of(200_000, FEB.minusDays(3), open);

		assertThat(allocation.parts()).extracting(Allocation.Part::installment).containsExactly(1);
		assertThat(allocation.prepayment()).isEqualTo(200_000 - 90_349);
	}

	@Test
	void arrearsBucketsFollowDaysPastDue() {
		assertThat(open.get(0).daysPastDue(FEB)).isZero();
		assertThat(ArrearsBucket.of(open.get(0).daysPastDue(FEB.plusDays(31))).code()).isEqualTo("31-60");
		assertThat(ArrearsBucket.of(0)).isEqualTo(ArrearsBucket.CURRENT);
		assertThat(ArrearsBucket.of(30)).isEqualTo(ArrearsBucket.DAYS_1_30);
		assertThat(ArrearsBucket.of(91)).isEqualTo(ArrearsBucket.OVER_90);
	}
}
