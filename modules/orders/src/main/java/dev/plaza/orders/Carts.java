package dev.plaza.orders;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.products.ProductId;
import dev.plaza.reservations.HoldId;

/**
 * The current tenant's carts, for modules that sell to customers themselves (the storefront). Failures a
 * customer can cause are thrown as {@link dev.plaza.platform.Problem}s with the types the carts and orders API
 * answers ({@code unknown-hold}, {@code cart-item-lapsed}, {@code insufficient-stock}, {@code cart-empty}…).
 */
public interface Carts {

	/** A new, empty cart of this customer (an opaque name of the visitor), without an e-mail yet. */
	UUID open(String customer);

	/** Attaches the customer's active seat hold; its seats are bought with the cart. */
	void addSeats(UUID cart, HoldId hold);

	/** Reserves so many units of the product at once, so the cart keeps what the shop can sell. */
	void addProduct(UUID cart, ProductId product, int quantity);

	/** Takes the item out and gives its seats or units up. */
	void remove(UUID cart, UUID item);

	/** The cart priced as checkout would price it now, or empty when the tenant has no such cart. */
	Optional<CartContents> find(UUID cart);

	/**
	 * Records the buyer's e-mail and turns the cart into an order awaiting payment, with its payment, in one
	 * transaction; the confirmation goes to that e-mail.
	 */
	OrderId checkout(UUID cart, String email);
}
