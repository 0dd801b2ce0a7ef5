package dev.plaza.orders;

import java.util.Optional;

/**
 * Where a customer finds an order again, for its e-mails: a module serving order pages to customers (the
 * storefront) provides this bean, and the confirmation e-mail carries the link. Called with the order's
 * tenant bound.
 */
public interface OrderLinks {

	/** An absolute URL that opens the order for whoever holds it, or empty when none can be made. */
	Optional<String> linkTo(OrderId order);
}
