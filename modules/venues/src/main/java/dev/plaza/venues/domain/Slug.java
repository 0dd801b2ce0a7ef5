package dev.plaza.venues.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.plaza.platform.FieldError;

/**
 * The name of a city or movie as it appears in URLs: lowercase ASCII letters and digits in
 * hyphen-separated words, such as {@code ciudad-de-mexico}.
 */
public final class Slug {

	public static final int MAX_LENGTH = 80;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slug() {
	}

	/** The slug a name reads as, with accents dropped ("Ciudad de México" → ciudad-de-mexico); empty when nothing is left. */
	public static String fromName(String name) {
		String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
		return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
	}

	/** The slug given, or else the one the name reads as; a violation when neither makes a valid slug. */
	public static Optional<FieldError> check(String given, String name) {
		String slug = given != null ? given : name == null ? "" : fromName(name);
		if (slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches()) {
			return Optional.empty();
		}
		return Optional.of(new FieldError("slug", given != null
				? "must be 1 to " + MAX_LENGTH + " lowercase letters or digits in hyphen-separated words, like 'ciudad-de-mexico'"
				: "could not be made from the name; send a slug of lowercase letters, digits and hyphens"));
	}

	public static String resolve(String given, String name) {
		return given != null ? given : fromName(name);
	}
}
