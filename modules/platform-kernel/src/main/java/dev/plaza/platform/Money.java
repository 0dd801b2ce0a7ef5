package dev.plaza.platform;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An amount in minor units of its currency: 950 EUR is 9.50 €, 950 JPY is ¥950.
 *
 * <p>Arithmetic refuses to mix currencies and to overflow rather than wrap, since a wrapped total
 * is a wrong charge.
 */
public record Money(long amount, Currency currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long amount, String currencyCode) {
		return new Money(amount, Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(amount, sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(amount, sameCurrency(other).amount), currency);
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(amount, factor), currency);
	}

	/** Not a property: events carrying money are stored as JSON and read back strictly. */
	@JsonIgnore
	public boolean isNegative() {
		return amount < 0;
	}

	public boolean exceeds(Money other) {
		return amount > sameCurrency(other).amount;
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
		}
		return other;
	}

	/**
	 * The amount as people read it, with the currency's fraction digits: {@code 9.50 EUR} for 950 EUR,
	 * {@code 950 JPY} for 950 JPY. Messages print money this way, never as minor units.
	 */
	@Override
	public String toString() {
		return BigDecimal.valueOf(amount, Math.max(currency.getDefaultFractionDigits(), 0)).toPlainString() + " "
				+ currency.getCurrencyCode();
	}
}
