package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts, rates and dates on the loan pages, written as the page's locale writes them. */
// Templates call these methods, so they are public although the class is not.
final class LoanFormats {

	private final Locale locale;

	LoanFormats(Locale locale) {
		this.locale = locale;
	}

	/** Minor units of the currency, such as {@code €5,000.00}. */
	public String money(long minor, String currency) {
		Currency of = Currency.getInstance(currency);
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(of);
		format.setMinimumFractionDigits(of.getDefaultFractionDigits());
		format.setMaximumFractionDigits(of.getDefaultFractionDigits());
		return format.format(BigDecimal.valueOf(minor, of.getDefaultFractionDigits()));
	}

	/** Basis points as a percentage, such as {@code 12.68%}. */
	public String rate(int basisPoints) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(BigDecimal.valueOf(basisPoints, 4));
	}

	public String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
	}
}
