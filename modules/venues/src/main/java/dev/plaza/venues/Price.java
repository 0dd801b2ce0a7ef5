package dev.plaza.venues;

import java.util.Currency;
import java.util.Objects;

/** A ticket price in minor units of its currency (950 EUR is 9.50 €). */
public record Price(long amount, Currency currency) {

	public Price {
		Objects.requireNonNull(currency, "currency");
	}
}
