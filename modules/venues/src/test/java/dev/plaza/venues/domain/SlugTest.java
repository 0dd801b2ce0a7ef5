package dev.plaza.venues.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class SlugTest {

	@Test
	void aNameReadsAsLowercaseAsciiWordsJoinedByHyphens() {
		assertThat(Slug.fromName("Ciudad de México")).isEqualTo("ciudad-de-mexico");
		assertThat(Slug.fromName("  São Paulo -- Zona Sul! ")).isEqualTo("sao-paulo-zona-sul");
		assertThat(Slug.fromName("Amélie (2001)")).isEqualTo("amelie-2001");
		assertThat(Slug.fromName("Ñandú")).isEqualTo("nandu");
	}

	@Test
	void aLongNameIsCutAtTheLimitWithoutATrailingHyphen() {
		String slug = Slug.fromName("word ".repeat(40));

		assertThat(slug).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-").startsWith("word-word");
	}

	@Test
	void aGivenSlugWinsButMustBeWellFormed() {
		assertThat(Slug.resolve("cdmx", "Ciudad de México")).isEqualTo("cdmx");
		assertThat(Slug.check("cdmx", "Ciudad de México")).isEmpty();
		assertThat(Slug.check("CDMX", "Ciudad de México")).get().extracting(FieldError::field).isEqualTo("slug");
		assertThat(Slug.check("a--b", "x")).isPresent();
	}

	@Test
	void aNameWithNoLatinLettersNeedsAGivenSlug() {
		assertThat(Slug.check(null, "東京")).get().extracting(FieldError::reason).asString().contains("send a slug");
		assertThat(Slug.check("tokyo", "東京")).isEmpty();
	}
}
