package dev.plaza.notifications.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a tenant receives webhooks: an absolute http or https URL with a host, no credentials
 * (they would be logged and shown back) and no fragment (never sent to a server). A host written as
 * a number is an IPv4 address in canonical dotted-decimal form, such as {@code 203.0.113.10}.
 */
public final class EndpointUrl {

	static final int MAX_LENGTH = 2048;

	/**
	 * A host whose last label is a number, decimal or {@code 0x} hex, is an IPv4 address to browsers and to
	 * resolvers (the WHATWG URL standard, {@code inet_aton}), which also read the old forms: octal
	 * {@code 0177.0.0.1}, hex {@code 0x7f.0.0.1}, short {@code 127.1}, one number {@code 2130706433}. Java
	 * reads some of these as other addresses ({@code 0177} as 177), so they name different machines to
	 * the check and to the sender.
	 */
	private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?:^|\\.)(?:[0-9]+|0[xX][0-9a-fA-F]*)\\.?$");

	private static final Pattern DOTTED_DECIMAL = Pattern
		.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

	private EndpointUrl() {
	}

	/** Why the URL cannot receive webhooks, or empty when it can. */
	public static Optional<String> problem(String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("is required: an http or https URL such as https://example.com/webhooks");
		}
		if (url.length() > MAX_LENGTH) {
			return Optional.of("is longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URL (" + ex.getReason() + ")");
		}
		if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
			return Optional.of("must use http or https, such as https://example.com/webhooks");
		}
		String host = hostAsWritten(uri);
		if (NUMERIC_LAST_LABEL.matcher(host).find() && !DOTTED_DECIMAL.matcher(host).matches()) {
			return Optional.of("has the numeric host " + host + ", which is not an IPv4 address in dotted-decimal form:"
					+ " octal (0177.0.0.1), hex (0x7f.0.0.1), short (127.1) and one-number (2130706433) forms, and"
					+ " leading zeros, are read as different addresses by different software. Write four decimal numbers"
					+ " from 0 to 255, such as 203.0.113.10, or use a host name");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host, such as https://example.com/webhooks");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry credentials; verify deliveries with the signing secret instead");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("must not have a fragment (#...), which is never sent to the server");
		}
		return Optional.empty();
	}

	/**
	 * The host as the URL spells it. {@link URI} knows no host for some numeric spellings ({@code 127.1},
	 * {@code 0x7f.0.0.1}) and keeps them only in its authority, here without credentials and port.
	 */
	private static String hostAsWritten(URI uri) {
		if (uri.getHost() != null) {
			return uri.getHost();
		}
		String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
		return authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
	}
}
