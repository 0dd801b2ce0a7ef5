package dev.plaza.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A VAT rate, such as 0.21. Prices are gross (tax included), so the tax in a gross amount is
 * gross × rate / (1 + rate), rounded half-even to whole minor units.
 */
public record TaxRate(BigDecimal rate) {

	public TaxRate {
		if (rate.signum() < 0) {
			throw new IllegalArgumentException("A tax rate is not negative: " + rate);
		}
	}

	public long taxIn(long gross) {
		return BigDecimal.valueOf(gross)
			.multiply(rate)
			.divide(BigDecimal.ONE.add(rate), 0, RoundingMode.HALF_EVEN)
			.longValueExact();
	}

	/** The rate as a percentage for people, such as {@code 21} or {@code 5.5}. */
	public BigDecimal percent() {
		return rate.movePointRight(2).stripTrailingZeros();
	}
}
