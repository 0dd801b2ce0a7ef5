package dev.plaza.storefront.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.plaza.orders.CartContents;
import dev.plaza.platform.Problem;
import dev.plaza.products.ProductId;
import dev.plaza.reservations.HoldId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The visitor's cart: {@code POST /cart/items} adds a seat hold ({@code holdId}) or units of a product
 * ({@code productId}, {@code quantity}) — the showtime and product pages post there — and {@code GET /cart} lists
 * what is kept, priced, with a total and a remove button per item. The cart lives in a signed cookie.
 */
@Controller
class CartPage {

	/** More than a household buys at once; a larger number is a typing slip. */
	static final int MAX_QUANTITY = 99;

	private final Selling selling;

	private final Visitors visitors;

	private final SellingPages pages;

	CartPage(Selling selling, Visitors visitors, SellingPages pages) {
		this.selling = selling;
		this.visitors = visitors;
		this.pages = pages;
	}

	@PostMapping({ "/cart/items", "/t/{tenant}/cart/items" })
	ResponseEntity<String> add(@RequestAttribute(Site.ATTRIBUTE) Site site, HttpServletRequest request,
			HttpServletResponse response, @RequestParam(name = Visitors.CSRF_FIELD, required = false) String csrf,
			@RequestParam(required = false) String holdId, @RequestParam(required = false) String productId,
			@RequestParam(required = false) String quantity) {
		if (!visitors.formIsGenuine(request, csrf)) {
			return pages.formExpired(site);
		}
		Optional<UUID> hold = id(holdId);
		Optional<UUID> product = id(productId);
		Optional<Integer> units = quantity == null || quantity.isBlank() ? Optional.of(1) : count(quantity);
		if (hold.isPresent() == product.isPresent() || units.isEmpty()) {
			return pages.message(site, HttpStatus.BAD_REQUEST, "Nothing was added",
					"Add either seats you hold (holdId) or a product (productId) with a quantity from 1 to " + MAX_QUANTITY
							+ ".", site.link("/cart"), "Go to your cart");
		}
		String visitor = visitors.visitor(site, request, response);
		UUID cart = visitors.cart(site, request)
			.filter(existing -> selling.carts().find(existing).filter(found -> !found.ordered()).isPresent())
			.orElseGet(() -> {
				UUID opened = selling.carts().open("visitor:" + visitors.sign("customer:" + visitor).substring(0, 16));
				visitors.rememberCart(site, visitor, opened, response);
				return opened;
			});
		try {
			if (hold.isPresent()) {
				selling.carts().addSeats(cart, new HoldId(hold.get()));
			}
			else {
				selling.carts().addProduct(cart, new ProductId(product.get()), units.get());
			}
		}
		catch (Problem refused) {
			return pages.problem(site, refused, site.link("/cart"), "Go to your cart");
		}
		return seeOther(site.link("/cart"));
	}

	@GetMapping({ "/cart", "/t/{tenant}/cart" })
	ResponseEntity<String> cart(@RequestAttribute(Site.ATTRIBUTE) Site site, HttpServletRequest request,
			HttpServletResponse response) {
		String visitor = visitors.visitor(site, request, response);
		Optional<CartContents> contents = visitors.cart(site, request)
			.flatMap(cart -> selling.carts().find(cart))
			.filter(found -> !found.ordered());
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", new Head("Your cart | " + site.name(), "What you are buying at " + site.name() + ".",
				site.url("/cart"), "website", null, null));
		variables.put("csrf", visitors.csrfToken(visitor));
		variables.put("lines", CartLine.of(contents.map(CartContents::lines).orElse(List.of())));
		variables.put("lapsed", contents.map(CartContents::lapsed).orElse(List.of()));
		variables.put("total", contents.map(found -> SellingPages.format(found.total())).orElse(""));
		variables.put("tax", contents.map(found -> SellingPages.format(found.tax())).orElse(""));
		variables.put("keptUntil", contents.map(CartContents::keptUntil).map(SellingPages::time).orElse(null));
		return pages.page(HttpStatus.OK, "cart/cart", variables);
	}

	@PostMapping({ "/cart/items/{item}/remove", "/t/{tenant}/cart/items/{item}/remove" })
	ResponseEntity<String> remove(@RequestAttribute(Site.ATTRIBUTE) Site site, HttpServletRequest request,
			@PathVariable String item, @RequestParam(name = Visitors.CSRF_FIELD, required = false) String csrf) {
		if (!visitors.formIsGenuine(request, csrf)) {
			return pages.formExpired(site);
		}
		Optional<UUID> cart = visitors.cart(site, request);
		Optional<UUID> removed = id(item);
		if (cart.isPresent() && removed.isPresent()) {
			try {
				selling.carts().remove(cart.get(), removed.get());
			}
			catch (Problem refused) {
				return pages.problem(site, refused, site.link("/cart"), "Go to your cart");
			}
		}
		return seeOther(site.link("/cart"));
	}

	static ResponseEntity<String> seeOther(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
	}

	static Optional<UUID> id(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> count(String text) {
		return text.strip().matches("\\d{1,2}") && Integer.parseInt(text.strip()) >= 1 ? Optional.of(Integer.parseInt(text.strip()))
				: Optional.empty();
	}

	/**
	 * A cart line as the page shows it.
	 *
	 * @param removable whether the line is the first of its item, which carries the item's remove button (a
	 *     hold of two seats is two lines, removed together)
	 */
	record CartLine(String item, String description, int quantity, String unitPrice, String gross, boolean removable) {

		static List<CartLine> of(List<CartContents.Line> lines) {
			Set<UUID> seen = new HashSet<>();
			return lines.stream()
				.map(line -> new CartLine(line.item().toString(), line.description(), line.quantity(),
						SellingPages.format(line.unitPrice()), SellingPages.format(line.gross()), seen.add(line.item())))
				.toList();
		}
	}
}
