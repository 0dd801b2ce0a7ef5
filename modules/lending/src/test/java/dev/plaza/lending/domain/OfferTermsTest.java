package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OfferTermsTest {

	private static final LocalDate START = LocalDate.of(2027, 1, 15);

	@Test
	void tenThousandAtTwelvePercentWithoutFeeCostsItsInterestAtAnAprOfTwelvePointSixEight() {
		OfferTerms offer = OfferTerms.of(terms(Amortization.DECLINING_BALANCE, 0), 0);

		assertThat(offer.installment()).isEqualTo(88_849);
		assertThat(offer.originationFee()).isZero();
		assertThat(offer.totalCost()).isEqualTo(offer.schedule().totalInterest());
		assertThat(offer.aprBasisPoints()).isEqualTo(1268);
	}

	@Test
	void theFeeIsKeptBackRoundedHalfEvenAndCountsInTheCostAndTheApr() {
		// 2 % of 10,000.00 kept back; the APR matches ScheduleTest's 17.06 % for the same loan.
		OfferTerms offer = OfferTerms.of(new LoanTerms(1_000_000, 1200, 12, Amortization.DECLINING_BALANCE,
				DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, START), 200);

		assertThat(offer.originationFee()).isEqualTo(20_000);
		assertThat(offer.totalCost()).isEqualTo(offer.schedule().totalInterest() + 20_000);
		assertThat(offer.aprBasisPoints()).isEqualTo(1706);
		assertThat(OfferTerms.of(new LoanTerms(250, 0, 12, Amortization.EQUAL_PRINCIPAL, DayCount.THIRTY_360,
				RepaymentFrequency.MONTHLY, 0, START), 100).originationFee()).as("2.5 rounds to 2").isEqualTo(2);
		assertThat(OfferTerms.of(new LoanTerms(350, 0, 12, Amortization.EQUAL_PRINCIPAL, DayCount.THIRTY_360,
				RepaymentFrequency.MONTHLY, 0, START), 100).originationFee()).as("3.5 rounds to 4").isEqualTo(4);
	}

	@Test
	void theRegularInstallmentIsTheFirstAfterTheGrace() {
		OfferTerms offer = OfferTerms.of(terms(Amortization.DECLINING_BALANCE, 2), 0);

		assertThat(offer.schedule().installments().getFirst().principal()).isZero();
		assertThat(offer.installment()).isEqualTo(offer.schedule().installments().get(2).total());
		assertThat(offer.installment()).isGreaterThan(offer.schedule().installments().getFirst().total());
	}

	@Test
	void weeklyInstallmentsCountFiftyTwoTimesAYearForTheMonthlyBudget() {
		OfferTerms offer = OfferTerms.of(new LoanTerms(1_000_000, 1200, 12, Amortization.DECLINING_BALANCE,
				DayCount.THIRTY_360, RepaymentFrequency.WEEKLY, 0, START), 0);

		assertThat(offer.monthlyInstallment()).isEqualTo(Math.ceilDiv(offer.installment() * 52, 12));
	}

	private static LoanTerms terms(Amortization amortization, int graceMonths) {
		return new LoanTerms(1_000_000, 1200, 12, amortization, DayCount.THIRTY_360, RepaymentFrequency.MONTHLY,
				graceMonths, START);
	}
}
