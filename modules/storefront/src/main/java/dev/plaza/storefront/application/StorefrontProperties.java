package dev.plaza.storefront.application;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the storefront renders and caches its pages ({@code plaza.storefront.*}).
 *
 * @param language the language of the pages' own words, a BCP 47 tag; {@code en} by default
 * @param days how many days of showtimes a city page lists, today included; 7 by default
 * @param modelsFor how long page models are kept when no catalog change evicts them; 6 hours by default
 * @param maxAge how long browsers and proxies may reuse a page without asking again; 60 seconds by default
 */
@ConfigurationProperties("plaza.storefront")
public record StorefrontProperties(@DefaultValue("en") String language, @DefaultValue("7") int days,
		@DefaultValue("6h") Duration modelsFor, @DefaultValue("60s") Duration maxAge) {

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}
}
