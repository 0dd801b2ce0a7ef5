package dev.plaza.identity.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.plaza.platform.FieldError;

/**
 * Where a public client may send a person back to with an authorization code: an absolute URI
 * without fragment, over https — or over http to the person's own machine (loopback: 127.0.0.1,
 * [::1], localhost), where native and development apps listen (RFC 8252 §7.3). The authorization
 * server then matches a request's URI against the registered ones exactly.
 */
public final class RedirectUris {

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");

	private RedirectUris() {
	}

	/** Why each unacceptable URI of {@code uris}, sent in {@code field}, is refused; empty when all are fine. */
	public static List<FieldError> refusals(String field, List<String> uris) {
		List<FieldError> refusals = new ArrayList<>();
		for (int i = 0; i < uris.size(); i++) {
			String reason = refusal(uris.get(i));
			if (reason != null) {
				refusals.add(new FieldError(field + "[" + i + "]", reason));
			}
		}
		return refusals;
	}

	/** Why the URI cannot be a redirect URI, or null when it can. */
	static String refusal(String uri) {
		URI parsed;
		try {
			parsed = new URI(uri);
		}
		catch (URISyntaxException ex) {
			return "is not a URI: " + ex.getReason();
		}
		if (!parsed.isAbsolute() || parsed.getHost() == null) {
			return "must be absolute, such as https://app.example.com/callback";
		}
		if (parsed.getRawFragment() != null) {
			return "must not have a fragment (#...)";
		}
		String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
		if ("https".equals(scheme)) {
			return null;
		}
		if ("http".equals(scheme) && LOOPBACK.contains(parsed.getHost().toLowerCase(Locale.ROOT))) {
			return null;
		}
		return "must use https, or http only on loopback (127.0.0.1, [::1], localhost)";
	}
}
