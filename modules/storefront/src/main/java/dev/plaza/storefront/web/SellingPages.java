package dev.plaza.storefront.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers the pages of one visitor's purchase (cart, checkout, order): never cached, never framed, scripts only
 * from Plaza itself, forms only to Plaza and the card processor's hosted page.
 */
@Component
class SellingPages {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final Pages pages;

	private final String contentSecurityPolicy;

	SellingPages(Pages pages, Selling selling) {
		this.pages = pages;
		this.contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
				+ "script-src 'self'; form-action 'self' " + selling.cardPageOrigin() + "; frame-ancestors 'none'; "
				+ "base-uri 'none'";
	}

	ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> variables) {
		return ResponseEntity.status(status)
			.contentType(Pages.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", contentSecurityPolicy)
			.header("Referrer-Policy", "same-origin")
			.body(pages.render(template, variables));
	}

	/** What the customer can do about a refused request, on a page with the problem's status. */
	ResponseEntity<String> problem(Site site, Problem refused, String backLink, String backLabel) {
		return message(site, HttpStatus.valueOf(refused.type().status()), refused.type().title(), refused.getMessage(),
				backLink, backLabel);
	}

	ResponseEntity<String> message(Site site, HttpStatus status, String title, String message, String backLink,
			String backLabel) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("title", title);
		variables.put("message", message);
		variables.put("backLink", backLink);
		variables.put("backLabel", backLabel);
		return page(status, "cart/message", variables);
	}

	/** A form whose CSRF token is missing or not the visitor's: 403, and how to carry on. */
	ResponseEntity<String> formExpired(Site site) {
		return message(site, HttpStatus.FORBIDDEN, "This form has expired",
				"The form was not sent from this page in this browser (or its cookies were cleared). Go back, reload the "
						+ "page and send it again.", site.link("/cart"), "Go to your cart");
	}

	/** A moment as a page shows it: machine-readable and as a UTC clock time. */
	static Moment time(Instant at) {
		return at == null ? null : new Moment(at.toString(), CLOCK.format(at) + " UTC");
	}

	/** @param iso for {@code <time datetime>}; @param label for people */
	record Moment(String iso, String label) {
	}

	/** Money as customers read it: {@code 9.50 €}. */
	static String format(Money money) {
		if (money == null) {
			return "";
		}
		return BigDecimal.valueOf(money.amount(), Math.max(money.currency().getDefaultFractionDigits(), 0)).toPlainString()
				+ " " + money.currency().getSymbol(Locale.ENGLISH);
	}
}
