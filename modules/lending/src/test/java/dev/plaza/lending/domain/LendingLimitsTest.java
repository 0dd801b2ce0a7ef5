package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class LendingLimitsTest {

	static final LendingLimits SPAIN = new LendingLimits("ES", 1, 100_000, 6_000_000, 96, 2_000, 2_500);

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void aProductWithinEveryCapPasses() {
		assertThat(SPAIN.brokenBy(product(1_200, 100, List.of(12, 36)), TODAY)).isEmpty();
	}

	@Test
	void aRateAboveTheCapIsNamedWithTheCapItsValueCountryAndVersion() {
		assertThat(SPAIN.brokenBy(product(2_500, 0, List.of(12)), TODAY)).extracting(FieldError::field, FieldError::reason)
			.containsExactly(tuple("annualRateBasisPoints",
					"2500 is above ES's cap maxAnnualRateBasisPoints 2000 (configuration version 1)"));
	}

	@Test
	void aFeeOverAShortTermLiftsTheAprAboveItsCapThoughTheRateIsUnderIts() {
		List<FieldError> broken = SPAIN.brokenBy(product(1_900, 500, List.of(12, 60)), TODAY);

		assertThat(broken).singleElement()
			.satisfies(error -> assertThat(error.reason()).contains("maxAprBasisPoints 2500").contains("at minAmount 100000"));
	}

	@Test
	void withoutFeeTheAprIsTheEffectiveRateOfTheNominal() {
		// 12 % nominal, monthly: (1 + 0.01)^12 − 1 = 12.68 %.
		assertThat(LendingLimits.apr(product(1_200, 0, List.of(12)), 12, TODAY)).isEqualTo(1_268);
	}

	@Test
	void theOriginationFeeRoundsHalfEven() {
		assertThat(LendingLimits.originationFee(100_050, 50)).isEqualTo(500);
		assertThat(LendingLimits.originationFee(100_150, 50)).isEqualTo(501);
	}

	static LoanProduct product(int rate, int fee, List<Integer> terms) {
		return new LoanProduct("P", "Personal", Currency.getInstance("EUR"), 100_000, 2_000_000, terms, rate,
				Amortization.DECLINING_BALANCE, DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, fee, 0, Optional.empty());
	}
}
