package dev.plaza.lending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.lending.domain.LenderChoice.Candidate;
import org.junit.jupiter.api.Test;

class LenderChoiceTest {

	static final Currency EUR = Currency.getInstance("EUR");

	static final UUID ONE = new UUID(0, 1);

	static final UUID TWO = new UUID(0, 2);

	@Test
	void eachLenderGetsItsLowestRateAmongFittingProducts() {
		Candidate dear = candidate(ONE, 1, 1_400, 100_000, 2_000_000, List.of(24));
		Candidate cheap = candidate(ONE, 2, 900, 100_000, 2_000_000, List.of(12, 24));
		Candidate cheapestButShort = candidate(ONE, 3, 500, 100_000, 2_000_000, List.of(6));
		Candidate other = candidate(TWO, 4, 1_100, 100_000, 2_000_000, List.of(24));

		var chosen = LenderChoice.bestFitting(List.of(dear, cheap, cheapestButShort, other), EUR, 500_000, 24);

		assertThat(chosen).containsOnlyKeys(ONE, TWO).containsEntry(ONE, cheap).containsEntry(TWO, other);
	}

	@Test
	void aLenderWithoutAFittingProductGetsNothing() {
		Candidate tooSmall = candidate(ONE, 1, 900, 100_000, 200_000, List.of(24));
		Candidate otherCurrency = new Candidate(TWO, new UUID(1, 2), product(900, 100_000, 2_000_000, List.of(24), "GBP"));

		assertThat(LenderChoice.bestFitting(List.of(tooSmall, otherCurrency), EUR, 500_000, 24)).isEmpty();
	}

	@Test
	void onATieTheOlderProductWins() {
		Candidate older = candidate(ONE, 1, 900, 100_000, 2_000_000, List.of(24));
		Candidate newer = candidate(ONE, 2, 900, 100_000, 2_000_000, List.of(24));

		assertThat(LenderChoice.bestFitting(List.of(newer, older), EUR, 500_000, 24)).containsEntry(ONE, older);
	}

	static Candidate candidate(UUID lender, long product, int rate, long min, long max, List<Integer> terms) {
		return new Candidate(lender, new UUID(1, product), product(rate, min, max, terms, "EUR"));
	}

	static LoanProduct product(int rate, long min, long max, List<Integer> terms, String currency) {
		return new LoanProduct("P", "Personal", Currency.getInstance(currency), min, max, terms, rate,
				Amortization.DECLINING_BALANCE, DayCount.THIRTY_360, RepaymentFrequency.MONTHLY, 0, 0, 0, Optional.empty());
	}
}
