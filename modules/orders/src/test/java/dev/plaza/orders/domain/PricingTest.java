package dev.plaza.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import dev.plaza.platform.Money;
import dev.plaza.products.TaxClass;
import org.junit.jupiter.api.Test;

class PricingTest {

	static final Currency EUR = Currency.getInstance("EUR");

	static final TaxRates SPAIN = new TaxRates("ES", Map.of("standard", new BigDecimal("21"), "reduced", new BigDecimal("10"),
			"super-reduced", new BigDecimal("4"), "zero", BigDecimal.ZERO));

	@Test
	void taxIsTheShareOfTheGrossPriceRoundedHalfEven() {
		TaxRate spain = SPAIN.rate(TaxClass.STANDARD).orElseThrow();
		assertThat(spain.percent()).isEqualByComparingTo("21");
		assertThat(spain.taxIn(121)).isEqualTo(21);
		assertThat(spain.taxIn(1999)).isEqualTo(347); // 346.93…
		assertThat(new TaxRate(new BigDecimal("0.25")).taxIn(2)).isEqualTo(0); // 0.4
		assertThat(new TaxRate(new BigDecimal("0.25")).taxIn(10)).isEqualTo(2); // exactly 2
		assertThat(new TaxRate(new BigDecimal("0.25")).taxIn(15)).isEqualTo(3); // exactly 3
		// Half a minor unit goes to the even neighbour
		assertThat(new TaxRate(new BigDecimal("1")).taxIn(5)).isEqualTo(2); // 2.5 → 2
		assertThat(new TaxRate(new BigDecimal("1")).taxIn(7)).isEqualTo(4); // 3.5 → 4
	}

	@Test
	void eachTaxClassHasTheRateTheCountryStatesInPercent() {
		assertThat(SPAIN.rate(TaxClass.REDUCED).orElseThrow().percent()).isEqualByComparingTo("10");
		assertThat(SPAIN.rate(TaxClass.ZERO).orElseThrow().percent()).isEqualByComparingTo("0");
		assertThat(new TaxRates("FR", Map.of("super-reduced", new BigDecimal("5.5"))).rate(TaxClass.SUPER_REDUCED).orElseThrow()
			.taxIn(1055)).isEqualTo(55);
		assertThat(new TaxRates("FR", Map.of()).rate(TaxClass.STANDARD)).isEmpty();
	}

	@Test
	void anOrderIsPricedLineByLine() {
		Pricing.Priced priced = Pricing.price(List.of(new Pricing.Item("T-shirt", Money.of(1999, "EUR"), 2, TaxClass.STANDARD),
				new Pricing.Item("Book", Money.of(2500, "EUR"), 1, TaxClass.SUPER_REDUCED)), SPAIN, EUR);

		assertThat(priced.total()).isEqualTo(Money.of(6498, "EUR"));
		assertThat(priced.lines()).extracting(line -> line.tax().amount()).containsExactly(694L, 96L);
		assertThat(priced.tax()).isEqualTo(Money.of(790, "EUR"));
	}

	@Test
	void anItemInAnotherCurrencyIsRefused() {
		assertThatThrownBy(() -> Pricing.price(List.of(new Pricing.Item("Mug", Money.of(900, "GBP"), 1, TaxClass.STANDARD)),
				SPAIN, EUR))
			.isInstanceOfSatisfying(PricingRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(PricingRefused.Reason.OTHER_CURRENCY));
	}

	@Test
	void theFeeIsAShareOfThePaymentAndRefundsGiveItBackExactly() {
		PlatformFee fee = new PlatformFee(300);
		Money paid = Money.of(6498, "EUR");
		Money charged = fee.of(paid);
		assertThat(charged).isEqualTo(Money.of(195, "EUR")); // 194.94
		Money half = PlatformFee.refundedWith(Money.of(3249, "EUR"), paid, charged);
		Money all = PlatformFee.refundedWith(paid, paid, charged);
		assertThat(half).isEqualTo(Money.of(98, "EUR")); // 97.5 → 98
		assertThat(all).isEqualTo(charged);
	}

	@Test
	void ticketCodesAre128RandomBitsInBase32() {
		String code = TicketCode.random();
		assertThat(code).hasSize(26).matches("[A-Z2-7]+");
		assertThat(TicketCode.random()).isNotEqualTo(code);
		assertThat(TicketCode.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI"); // RFC 4648 test vector
	}
}
