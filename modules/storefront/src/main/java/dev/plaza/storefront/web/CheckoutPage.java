package dev.plaza.storefront.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.CartContents;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.PlacedOrder;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checkout: {@code GET /checkout} shows what is bought and asks for an e-mail; {@code POST /checkout} makes the
 * cart an order awaiting payment and sends the customer to the card processor's hosted page, so the card number
 * never reaches Plaza; the processor sends them back to {@code GET /checkout/return} with a token, which pays
 * the order, and on to the order's signed page.
 */
@Controller
class CheckoutPage {

	/** Long enough for any real address (RFC 5321 caps a path at 256), short enough to refuse junk. */
	private static final int MAX_EMAIL = 254;

	private final Selling selling;

	private final Visitors visitors;

	private final SellingPages pages;

	private final OrderSignatures signatures;

	CheckoutPage(Selling selling, Visitors visitors, SellingPages pages, OrderSignatures signatures) {
		this.selling = selling;
		this.visitors = visitors;
		this.pages = pages;
		this.signatures = signatures;
	}

	@GetMapping({ "/checkout", "/t/{tenant}/checkout" })
	ResponseEntity<String> checkout(@RequestAttribute(Site.ATTRIBUTE) Site site, HttpServletRequest request,
			HttpServletResponse response) {
		return form(site, request, response, "", null, HttpStatus.OK);
	}

	@PostMapping({ "/checkout", "/t/{tenant}/checkout" })
	ResponseEntity<String> pay(@RequestAttribute(Site.ATTRIBUTE) Site site, HttpServletRequest request,
			HttpServletResponse response, @RequestParam(name = Visitors.CSRF_FIELD, required = false) String csrf,
			@RequestParam(required = false) String email) {
		if (!visitors.formIsGenuine(request, csrf)) {
			return pages.formExpired(site);
		}
		String typed = email == null ? "" : email.strip();
		if (!typed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || typed.length() > MAX_EMAIL) {
			return form(site, request, response, typed, "Enter the e-mail address your tickets should go to, such as "
					+ "ana@example.com.", HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Optional<UUID> cart = visitors.cart(site, request);
		if (cart.isEmpty()) {
			return CartPage.seeOther(site.link("/cart"));
		}
		OrderId order;
		try {
			order = selling.carts().checkout(cart.get(), typed);
		}
		catch (Problem refused) {
			return pages.problem(site, refused, site.link("/cart"), "Go to your cart");
		}
		visitors.forgetCart(site, response);
		String state = order + "." + signatures.of(site.tenant(), order);
		return CartPage.seeOther(selling.cardPage() + "?return_url=" + encode(site.url("/checkout/return")) + "&state="
				+ encode(state));
	}

	/** Where the processor's hosted page sends the customer back, with the card's token and the state it was given. */
	@GetMapping({ "/checkout/return", "/t/{tenant}/checkout/return" })
	ResponseEntity<String> paid(@RequestAttribute(Site.ATTRIBUTE) Site site, @RequestParam(required = false) String token,
			@RequestParam(required = false) String state) {
		Optional<OrderId> order = order(site, state);
		if (order.isEmpty() || !PaymentMethod.isWellFormed(token)) {
			return pages.message(site, HttpStatus.BAD_REQUEST, "This payment link is not valid",
					"The card processor's answer did not name an order of this shop. Your cart is where you left it; "
							+ "check out again to pay.", site.link("/cart"), "Go to your cart");
		}
		PlacedOrder placed = selling.orders().find(order.get()).orElseThrow(PageNotFound::new);
		selling.payments().confirm(placed.payment(), new PaymentMethod(token));
		return CartPage.seeOther(signatures.link(site, order.get()));
	}

	private Optional<OrderId> order(Site site, String state) {
		if (state == null) {
			return Optional.empty();
		}
		String[] parts = state.split("\\.", 2);
		return CartPage.id(parts[0])
			.map(OrderId::new)
			.filter(order -> parts.length == 2 && signatures.holds(site.tenant(), order, parts[1]));
	}

	private ResponseEntity<String> form(Site site, HttpServletRequest request, HttpServletResponse response, String email,
			String error, HttpStatus status) {
		String visitor = visitors.visitor(site, request, response);
		Optional<CartContents> contents = visitors.cart(site, request)
			.flatMap(cart -> selling.carts().find(cart))
			.filter(found -> !found.ordered() && !found.lines().isEmpty() && found.lapsed().isEmpty());
		if (contents.isEmpty()) {
			return CartPage.seeOther(site.link("/cart"));
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", new Head("Checkout | " + site.name(), "Pay for your order at " + site.name() + ".",
				site.url("/checkout"), "website", null, null));
		variables.put("csrf", visitors.csrfToken(visitor));
		variables.put("lines", CartPage.CartLine.of(contents.get().lines()));
		variables.put("total", SellingPages.format(contents.get().total()));
		variables.put("email", email);
		variables.put("error", error);
		variables.put("keptUntil", SellingPages.time(contents.get().keptUntil()));
		return pages.page(status, "checkout/checkout", variables);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
