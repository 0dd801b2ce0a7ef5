package dev.plaza.products;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which VAT rate applies to a product. The rate itself depends on the country of sale and is set
 * there; the catalog only says which class the product belongs to.
 */
public enum TaxClass {

	STANDARD, REDUCED, SUPER_REDUCED, ZERO;

	/** The name used in JSON, such as {@code super-reduced}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<TaxClass> fromCode(String code) {
		return Arrays.stream(values()).filter(taxClass -> taxClass.code().equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(TaxClass::code).toList();
	}
}
