package dev.plaza.products.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.plaza.platform.FieldError;

/** The rules a shop product's details must satisfy before it is stored. */
public final class ProductRules {

	/** Letters, digits, dots, underscores and hyphens, as warehouse systems and barcodes print them. */
	static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	/** Far above any price and far below where minor units overflow a long in a sum of lines. */
	public static final long MAX_PRICE = 1_000_000_000_000L;

	/** Free-form attributes are details, not documents: 16 KiB of JSON. */
	public static final int MAX_ATTRIBUTES_BYTES = 16 * 1024;

	public static final int MAX_IMAGES = 20;

	private ProductRules() {
	}

	public static void sku(String sku, List<FieldError> found) {
		if (sku == null || !SKU.matcher(sku).matches()) {
			found.add(new FieldError("sku", "must be 1 to 64 letters, digits, dots, underscores or hyphens, "
					+ "starting with a letter or digit, such as TSHIRT-RED-M"));
		}
	}

	/** A price is a whole number of minor units (950 EUR is 9.50 €) in an ISO 4217 currency. */
	public static void price(BigDecimal amount, String currency, List<FieldError> found) {
		if (amount == null) {
			found.add(new FieldError("price.amount", "must be given, in minor units of the currency (950 EUR is 9.50 €)"));
		}
		else if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(MAX_PRICE)) > 0) {
			found.add(new FieldError("price.amount", "must be between 0 and " + MAX_PRICE + " minor units"));
		}
		else if (amount.stripTrailingZeros().scale() > 0) {
			found.add(new FieldError("price.amount",
					"must be a whole number of minor units, such as 950 for 9.50 €, not " + amount.toPlainString()));
		}
		if (currency == null || !knownCurrency(currency)) {
			found.add(new FieldError("price.currency", "must be an ISO 4217 currency code such as EUR, USD or MXN"));
		}
	}

	public static void images(List<?> images, List<FieldError> found) {
		if (images.size() > MAX_IMAGES) {
			found.add(new FieldError("images", "lists " + images.size() + " images; a product has at most " + MAX_IMAGES));
		}
		Set<Object> seen = new HashSet<>();
		Set<Object> repeated = new LinkedHashSet<>();
		for (Object image : images) {
			if (image == null) {
				found.add(new FieldError("images", "must hold image ids, not null entries"));
				return;
			}
			if (!seen.add(image)) {
				repeated.add(image);
			}
		}
		if (!repeated.isEmpty()) {
			found.add(new FieldError("images", "names " + repeated + " more than once; list each image once"));
		}
	}

	/** {@code bytes} is the size of the attributes as compact JSON in UTF-8. */
	public static void attributesSize(int bytes, List<FieldError> found) {
		if (bytes > MAX_ATTRIBUTES_BYTES) {
			found.add(new FieldError("attributes", "take " + bytes + " bytes as JSON; at most " + MAX_ATTRIBUTES_BYTES
					+ " are kept. Move long texts to the description"));
		}
	}

	private static boolean knownCurrency(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			return Currency.getInstance(code) != null;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}
}
