package dev.plaza.products.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

	@Test
	void aSkuIsLettersDigitsDotsUnderscoresAndHyphensStartingWithALetterOrDigit() {
		assertThat(skuViolations("TSHIRT-RED-M")).isEmpty();
		assertThat(skuViolations("a.b_c-1")).isEmpty();
		assertThat(skuViolations("-LEADING")).hasSize(1);
		assertThat(skuViolations("HAS SPACE")).hasSize(1);
		assertThat(skuViolations("X".repeat(65))).hasSize(1);
		assertThat(skuViolations(null)).hasSize(1);
	}

	@Test
	void aPriceIsAWholeNonNegativeNumberOfMinorUnitsInAKnownCurrency() {
		assertThat(priceViolations("950", "EUR")).isEmpty();
		assertThat(priceViolations("1E+3", "JPY")).as("a whole number written with an exponent").isEmpty();
		assertThat(priceViolations("9.50", "EUR")).containsExactly("price.amount");
		assertThat(priceViolations("950.00", "EUR")).as("no fraction left").isEmpty();
		assertThat(priceViolations("-1", "EUR")).containsExactly("price.amount");
		assertThat(priceViolations("1000000000001", "EUR")).containsExactly("price.amount");
		assertThat(priceViolations("950", "eur")).containsExactly("price.currency");
		assertThat(priceViolations("950", "ABC")).containsExactly("price.currency");
		assertThat(priceViolations(null, null)).containsExactly("price.amount", "price.currency");
	}

	@Test
	void imagesAreAtMostTwentyAndEachListedOnce() {
		UUID image = UUID.randomUUID();
		List<FieldError> found = new ArrayList<>();

		ProductRules.images(List.of(image, UUID.randomUUID(), image), found);
		ProductRules.images(Collections.nCopies(21, UUID.randomUUID()).stream().map(same -> UUID.randomUUID()).toList(), found);

		assertThat(found).extracting(FieldError::reason).hasSize(2);
		assertThat(found.get(0).reason()).contains(image.toString(), "more than once");
		assertThat(found.get(1).reason()).contains("at most 20");
	}

	@Test
	void attributesTakeAtMostSixteenKibibytes() {
		List<FieldError> found = new ArrayList<>();

		ProductRules.attributesSize(16 * 1024, found);
		assertThat(found).isEmpty();
		ProductRules.attributesSize(16 * 1024 + 1, found);
		assertThat(found).extracting(FieldError::field).containsExactly("attributes");
	}

	private static List<FieldError> skuViolations(String sku) {
		List<FieldError> found = new ArrayList<>();
		ProductRules.sku(sku, found);
		return found;
	}

	private static List<String> priceViolations(String amount, String currency) {
		List<FieldError> found = new ArrayList<>();
		ProductRules.price(amount == null ? null : new BigDecimal(amount), currency, found);
		return found.stream().map(FieldError::field).toList();
	}
}
