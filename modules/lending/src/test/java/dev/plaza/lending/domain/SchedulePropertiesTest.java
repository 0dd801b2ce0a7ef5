package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LongSummaryStatistics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchedulePropertiesTest {

	@Property
	void principalPartsAddUpToTheAmountLent(@ForAll("terms") LoanTerms terms) {
		Schedule schedule = Schedule.of(terms);

		assertThat(schedule.installments().stream().mapToLong(Installment::principal).sum()).isEqualTo(terms.amount());
		assertThat(schedule.installments()).last().extracting(Installment::balanceAfter).isEqualTo(0L);
	}

	@Property
	void noPartAndNoBalanceIsEverNegative(@ForAll("terms") LoanTerms terms) {
		assertThat(Schedule.of(terms).installments()).allSatisfy(installment -> {
			assertThat(installment.principal()).isNotNegative();
			assertThat(installment.interest()).isNotNegative();
			assertThat(installment.balanceAfter()).isNotNegative();
		});
	}

	@Property
	void equalPrincipalPartsDifferByAtMostOneMinorUnit(@ForAll("terms") LoanTerms any) {
		LoanTerms terms = new LoanTerms(any.amount(), any.annualRateBasisPoints(), any.termMonths(),
				Amortization.EQUAL_PRINCIPAL, any.dayCount(), any.frequency(), any.graceMonths(), any.start());

		LongSummaryStatistics parts = Schedule.of(terms)
			.installments()
			.stream()
			.skip(terms.gracePeriods())
			.mapToLong(Installment::principal)
			.summaryStatistics();

		assertThat(parts.getMax() - parts.getMin()).isLessThanOrEqualTo(1);
	}

	@Property
	void withoutFeesTheAprIsAtLeastTheNominalRate(@ForAll("terms") LoanTerms any) {
		LoanTerms terms = new LoanTerms(any.amount() + 100_000, any.annualRateBasisPoints(), any.termMonths(),
				Amortization.DECLINING_BALANCE, DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, any.start());

		int apr = AnnualPercentageRate.of(terms.amount(), Schedule.of(terms), terms.frequency());

		// Monthly compounding makes the effective yearly rate exceed the nominal one; rounding of
		// installments to whole units may move it by a basis point.
		assertThat(apr).isGreaterThanOrEqualTo(terms.annualRateBasisPoints() - 1);
	}

	@Provide
	Arbitrary<LoanTerms> terms() {
		Arbitrary<Long> amounts = Arbitraries.longs().between(1, 100_000_000);
		Arbitrary<Integer> rates = Arbitraries.integers().between(0, 4000);
		Arbitrary<Integer> months = Arbitraries.integers().between(1, 120);
		Arbitrary<LocalDate> starts = Arbitraries.integers()
			.between(0, 3 * 365)
			.map(days -> LocalDate.of(2027, 1, 1).plusDays(days));
		return Combinators
			.combine(amounts, rates, months, Arbitraries.of(Amortization.class), Arbitraries.of(DayCount.class),
					Arbitraries.of(RepaymentFrequency.class), Arbitraries.integers().between(0, 6), starts)
			.filter((amount, rate, term, amortization, dayCount, frequency, grace, start) -> grace < term
					&& frequency.periodsIn(term) > frequency.periodsIn(grace))
			.as(LoanTerms::new);
	}
}
