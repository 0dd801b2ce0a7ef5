package dev.plaza.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Amounts staff read and type in the back office, in the currency's major unit. */
class MoneyTextTest {

	@Test
	void minorUnitsReadInTheCurrencysMajorUnit() {
		assertThat(new MoneyText().of(1250L, "EUR")).isEqualTo("12.50 EUR");
		assertThat(new MoneyText().of(500, "JPY")).isEqualTo("500 JPY");
	}

	@Test
	void aTypedAmountBecomesMinorUnitsWithAPointOrAComma() {
		assertThat(MoneyText.minorOf("5.00", "EUR")).isEqualTo(500L);
		assertThat(MoneyText.minorOf(" 5,5 ", "EUR")).isEqualTo(550L);
		assertThat(MoneyText.minorOf("500", "JPY")).isEqualTo(500L);
	}

	@Test
	void whatIsNotAPositiveAmountInTheCurrencysDecimalsIsNoAmount() {
		assertThat(MoneyText.minorOf("5.001", "EUR")).isNull();
		assertThat(MoneyText.minorOf("0", "EUR")).isNull();
		assertThat(MoneyText.minorOf("-1", "EUR")).isNull();
		assertThat(MoneyText.minorOf("five", "EUR")).isNull();
		assertThat(MoneyText.minorOf("1.5", "JPY")).isNull();
	}
}
