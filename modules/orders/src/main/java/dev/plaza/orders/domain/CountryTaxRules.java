package dev.plaza.orders.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import dev.plaza.products.TaxClass;

/**
 * The VAT rate of each tax class in each country Plaza knows, from {@code tax-rates.properties}
 * beside this class ({@code ES.standard=21}, in percent).
 */
public final class CountryTaxRules {

	private static final Properties RATES = load();

	private CountryTaxRules() {
	}

	public static boolean knows(String country) {
		return RATES.containsKey(country + "." + TaxClass.STANDARD.code());
	}

	/** The countries with rules, for messages that say which may be chosen. */
	public static Set<String> countries() {
		Set<String> countries = new TreeSet<>();
		RATES.stringPropertyNames().forEach(key -> countries.add(key.substring(0, key.indexOf('.'))));
		return countries;
	}

	public static Optional<TaxRate> rate(String country, TaxClass taxClass) {
		return Optional.ofNullable(RATES.getProperty(country + "." + taxClass.code()))
			.map(percent -> new TaxRate(new BigDecimal(percent).movePointLeft(2)));
	}

	private static Properties load() {
		try (InputStream in = CountryTaxRules.class.getResourceAsStream("tax-rates.properties")) {
			Properties rates = new Properties();
			rates.load(in);
			return rates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the tax rates", ex);
		}
	}
}
