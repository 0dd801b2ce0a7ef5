package dev.plaza.storefront.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.plaza.storefront.application.SellingProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Who is shopping, without an account: a random visitor id in an HttpOnly, SameSite=Lax cookie; the visitor's
 * cart id in a second cookie signed for that visitor and tenant, so nobody can swap in another's cart; and the
 * CSRF token every selling form carries, derived from the visitor id. Both cookies are scoped to the site's path.
 */
@Component
class Visitors {

	static final String CSRF_FIELD = "_csrf";

	private static final Logger log = LoggerFactory.getLogger(Visitors.class);

	private static final String VISITOR = "plaza_visitor";

	private static final String CART = "plaza_cart";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] secret;

	Visitors(SellingProperties properties) {
		if (properties.secret().isBlank()) {
			log.warn("plaza.storefront.selling.secret is not set: a random one signs carts and order links until the next "
					+ "restart, after which e-mailed order links no longer open");
			this.secret = new byte[32];
			RANDOM.nextBytes(secret);
		}
		else {
			this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The request's visitor id, given one (and its cookie) when it has none yet. */
	String visitor(Site site, HttpServletRequest request, HttpServletResponse response) {
		return existingVisitor(request).orElseGet(() -> {
			byte[] random = new byte[24];
			RANDOM.nextBytes(random);
			String visitor = BASE64.encodeToString(random);
			response.addHeader("Set-Cookie", cookie(site, VISITOR, visitor).toString());
			return visitor;
		});
	}

	/** The CSRF token for the visitor's forms. */
	String csrfToken(String visitor) {
		return sign("csrf:" + visitor);
	}

	/** Whether the form came with the token of the visitor its cookie names: a form from another site does not. */
	boolean formIsGenuine(HttpServletRequest request, String token) {
		return token != null && existingVisitor(request).map(visitor -> equal(csrfToken(visitor), token)).orElse(false);
	}

	/** The cart this visitor's cookie names on this site, if its signature holds. */
	Optional<UUID> cart(Site site, HttpServletRequest request) {
		Optional<String> visitor = existingVisitor(request);
		Optional<String> value = cookie(request, CART);
		if (visitor.isEmpty() || value.isEmpty()) {
			return Optional.empty();
		}
		String[] parts = value.get().split("\\.", 2);
		try {
			UUID cart = UUID.fromString(parts[0]);
			return parts.length == 2 && equal(cartSignature(site, cart, visitor.get()), parts[1]) ? Optional.of(cart)
					: Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	void rememberCart(Site site, String visitor, UUID cart, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookie(site, CART, cart + "." + cartSignature(site, cart, visitor)).toString());
	}

	void forgetCart(Site site, HttpServletResponse response) {
		response.addHeader("Set-Cookie", ResponseCookie.from(CART, "").path(path(site)).maxAge(0).httpOnly(true)
			.sameSite("Lax").build().toString());
	}

	/** A signature of the text with the storefront's secret, URL-safe. */
	String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return BASE64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	static boolean equal(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

	private String cartSignature(Site site, UUID cart, String visitor) {
		return sign("cart:" + site.tenant() + ":" + cart + ":" + visitor);
	}

	private static Optional<String> existingVisitor(HttpServletRequest request) {
		return cookie(request, VISITOR).filter(value -> value.matches("[A-Za-z0-9_-]{32}"));
	}

	private static Optional<String> cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? Optional.empty()
				: Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(name)).map(Cookie::getValue).findFirst();
	}

	private static ResponseCookie cookie(Site site, String name, String value) {
		return ResponseCookie.from(name, value)
			.path(path(site))
			.httpOnly(true)
			.secure(site.origin().startsWith("https:"))
			.sameSite("Lax")
			.build();
	}

	private static String path(Site site) {
		return site.base().isEmpty() ? "/" : site.base();
	}
}
