package dev.plaza.tenancy.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host name a tenant's storefront is served at, such as {@code tickets.cinemex.example} or, for
 * local use, {@code cinemex.localhost} (browsers send every {@code *.localhost} to this machine).
 * Kept lowercase and without a trailing dot, the way it is compared with a request's host.
 */
public record StorefrontDomain(String value) {

	private static final Pattern HOST_NAME = Pattern
		.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*"
				// The top-level label is never all digits (RFC 3696, 2): that would read as an IPv4 address.
				+ "\\.(?=[a-z0-9-]*[a-z])[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");

	public StorefrontDomain {
		if (value == null || !HOST_NAME.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid storefront domain: " + value);
		}
	}

	/**
	 * The domain a client typed, if it is a host name with at least two labels and a top-level label
	 * that is not a number; case and a final dot do not matter.
	 */
	public static Optional<StorefrontDomain> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String host = text.toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return HOST_NAME.matcher(host).matches() ? Optional.of(new StorefrontDomain(host)) : Optional.empty();
	}

	/** The host of a {@code Host} header value, without its port; empty for IP literals. */
	public static Optional<StorefrontDomain> ofHostHeader(String header) {
		if (header == null || header.startsWith("[")) {
			return Optional.empty();
		}
		int colon = header.indexOf(':');
		String host = colon < 0 ? header : header.substring(0, colon);
		if (host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
			return Optional.empty();
		}
		return parse(host);
	}
}
