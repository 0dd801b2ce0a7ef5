package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import dev.plaza.platform.Money;

/** Prices as the shop's pages print them and as schema.org offers state them. */
final class ShopPrices {

	private ShopPrices() {
	}

	/** Such as {@code €19.99}, in the pages' language. */
	static String label(Money price, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(price.currency());
		format.setMinimumFractionDigits(digits(price));
		format.setMaximumFractionDigits(digits(price));
		return format.format(decimal(price));
	}

	/** Such as {@code 19.99}: a plain decimal in major units. */
	static String plain(Money price) {
		return decimal(price).toPlainString();
	}

	private static BigDecimal decimal(Money price) {
		return BigDecimal.valueOf(price.amount(), digits(price));
	}

	/** Currencies without minor units (gold, testing codes) count whole units. */
	private static int digits(Money price) {
		return Math.max(0, price.currency().getDefaultFractionDigits());
	}
}
