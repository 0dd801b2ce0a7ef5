package dev.plaza.orders.web;

import java.util.Map;
import java.util.UUID;

import dev.plaza.orders.application.OrdersProblems;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/**
 * What an API caller does about a refusal of the carts and checkout: the services say what is
 * wrong, in words the back office and importers can show as well, and the controllers add the
 * HTTP call that fixes it with these.
 */
final class ApiHints {

	private static final Map<ProblemType, String> CART = Map.of(
			OrdersProblems.UNKNOWN_PRODUCT, "Add a product from GET /api/v1/catalog/products.",
			OrdersProblems.UNKNOWN_HOLD, "Hold seats with POST /api/v1/showtimes/{id}/holds first.",
			OrdersProblems.CART_ORDERED, "Start a new cart with POST /api/v1/carts.");

	private static final Map<ProblemType, String> PRICING = Map.of(
			OrdersProblems.CURRENCY_MISMATCH, "Remove the item, or set the shop's currency with PUT /api/v1/orders/settings.",
			OrdersProblems.NO_TAX_RATE, "Choose a country Plaza has tax rules for with PUT /api/v1/orders/settings.");

	private ApiHints() {
	}

	/** A refusal of changing a cart, with its hint; other refusals as they are. */
	static Problem ofCart(Problem refused) {
		String hint = CART.get(refused.type());
		return hint == null ? refused : refused.withHint(hint);
	}

	/** A refusal of checking out {@code cart}, with its hint; other refusals as they are. */
	static Problem ofCheckout(Problem refused, UUID cart) {
		ProblemType type = refused.type();
		if (type.equals(OrdersProblems.UNKNOWN_CART)) {
			return refused.withHint("Create one with POST /api/v1/carts.");
		}
		if (type.equals(OrdersProblems.CART_ORDERED)) {
			return refused.withHint("Read it with GET /api/v1/orders/" + refused.properties().get("orderId")
					+ ", or start a new cart.");
		}
		if (type.equals(OrdersProblems.CART_EMPTY)) {
			return refused.withHint("Add products or a seat hold with POST /api/v1/carts/" + cart + "/items first.");
		}
		String hint = PRICING.get(type);
		return hint == null ? refused : refused.withHint(hint);
	}
}
