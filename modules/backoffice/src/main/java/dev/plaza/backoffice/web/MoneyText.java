package dev.plaza.backoffice.web;

import java.math.BigDecimal;
import java.util.Currency;

import org.springframework.stereotype.Component;

/**
 * Amounts as people read and type them: the API's minor units shown in the currency's major unit
 * ({@code 1250} EUR is {@code 12.50 EUR}), and a typed amount turned back into minor units.
 * Templates call it as {@code @moneyText}.
 */
@Component("moneyText")
public class MoneyText {

	/** Shows {@code minor} units of the currency, such as {@code 12.50 EUR}. */
	public String of(Object minor, Object currency) {
		Currency unit = Currency.getInstance(currency.toString());
		return BigDecimal.valueOf(((Number) minor).longValue(), Math.max(unit.getDefaultFractionDigits(), 0))
			.toPlainString() + " " + unit.getCurrencyCode();
	}

	/**
	 * The typed amount in minor units of the currency, or null when it is not a positive amount with at
	 * most the currency's decimals.
	 */
	static Long minorOf(String typed, String currency) {
		try {
			BigDecimal amount = new BigDecimal(typed.strip().replace(',', '.'));
			long minor = amount.movePointRight(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0))
				.longValueExact();
			return minor > 0 ? minor : null;
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}
}
