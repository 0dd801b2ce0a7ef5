package dev.plaza.tenancy.domain;

import java.util.regex.Pattern;

/**
 * The organization's short name in URLs and host names: lowercase letters, digits and inner
 * hyphens, 2 to 40 characters.
 */
public record OrganizationSlug(String value) {

	public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	public OrganizationSlug {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid organization slug: " + value);
		}
	}
}
