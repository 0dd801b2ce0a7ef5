package dev.plaza.products.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ProductSlugTest {

	@Test
	void aTitleBecomesLowerCaseWordsJoinedByHyphensWithoutAccents() {
		assertThat(ProductSlug.of("Camiseta Día")).isEqualTo("camiseta-dia");
		assertThat(ProductSlug.of("  T-shirt (Red), size M!  ")).isEqualTo("t-shirt-red-size-m");
		assertThat(ProductSlug.of("Crème brûlée 2×")).isEqualTo("creme-brulee-2");
	}

	@Test
	void aTitleWithoutLettersOrDigitsStillGetsASlug() {
		assertThat(ProductSlug.of("★ ★ ★")).isEqualTo("product");
		assertThat(ProductSlug.of("")).isEqualTo("product");
	}

	@Test
	void aLongTitleIsCutWithoutATrailingHyphen() {
		String slug = ProductSlug.of("word ".repeat(40));

		assertThat(slug).hasSizeLessThanOrEqualTo(ProductSlug.MAX_LENGTH).doesNotEndWith("-").startsWith("word-word");
	}

	@Test
	void aTakenSlugIsToldApartByTheEndOfTheProductsId() {
		UUID id = UUID.fromString("01936f3e-1c2a-7b44-9a10-5e6f7a8b9c0d");

		assertThat(ProductSlug.distinct("breakfast-mug", id)).isEqualTo("breakfast-mug-7a8b9c0d");
	}
}
