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

	@Test
	void readsAsPeopleWriteItWithTheCurrencysFractionDigits() {
		assertThat(Money.of(950, "EUR")).hasToString("9.50 EUR");
		assertThat(Money.of(-5, "EUR")).hasToString("-0.05 EUR");
		assertThat(Money.of(950, "JPY")).hasToString("950 JPY");
		assertThat(Money.of(1234, "KWD")).hasToString("1.234 KWD");
	}
}
