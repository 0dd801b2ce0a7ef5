package dev.plaza.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void addsSubtractsAndMultipliesInMinorUnits() {
		Money ticket = Money.of(950, "EUR");

		assertThat(ticket.times(3).plus(Money.of(50, "EUR")).minus(Money.of(100, "EUR")))
				.isEqualTo(Money.of(2800, "EUR"));
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatThrownBy(() -> Money.of(950, "EUR").plus(Money.of(950, "USD")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("EUR")
				.hasMessageContaining("USD");
	}

	@Test
	void refusesToOverflowInsteadOfWrapping() {
		assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
				.isInstanceOf(ArithmeticException.class);
	}

	@Test
	void comparesWithinOneCurrency() {
		assertThat(Money.of(1000, "EUR").exceeds(Money.of(999, "EUR"))).isTrue();
		assertThat(Money.of(999, "EUR").exceeds(Money.of(999, "EUR"))).isFalse();
	}
}
