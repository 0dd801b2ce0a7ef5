package dev.plaza.orders.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.inventory.StockLine;
import dev.plaza.inventory.StockReservation;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservations;
import dev.plaza.orders.persistence.CartRepository;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.products.ProductId;
import dev.plaza.products.Products;
import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.HoldStatus;
import dev.plaza.reservations.SeatHold;
import dev.plaza.reservations.SeatHolds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling carts: a product added reserves its units at once, so what is in a cart is what the shop can
 * sell; a seat hold the customer made is attached as it is. Removing an item gives its units or seats up.
 */
@Service
public class CartService {

	private final CartRepository carts;

	private final Products products;

	private final StockReservations stock;

	private final SeatHolds holds;

	CartService(CartRepository carts, Products products, StockReservations stock, SeatHolds holds) {
		this.carts = carts;
		this.products = products;
		this.stock = stock;
		this.holds = holds;
	}

	@Transactional
	public CartRepository.Cart create(String customer, String email) {
		return carts.insert(Ids.newId(), customer, email);
	}

	/** @throws dev.plaza.inventory.InsufficientStock (409) when the shop has fewer units available */
	@Transactional
	public CartRepository.Item addProduct(UUID cart, UUID product, int quantity) {
		openCart(cart);
		if (products.find(new ProductId(product)).isEmpty()) {
			throw new Problem(OrdersProblems.UNKNOWN_PRODUCT, "The shop has no product " + product + ".",
					Map.of("productId", product));
		}
		StockReservation reserved = stock.reserve("cart-" + cart, List.of(StockLine.of(new ProductId(product), quantity)));
		CartRepository.Item item = new CartRepository.Item(Ids.newId(), product, quantity, reserved.id().value(), null);
		carts.add(cart, item);
		return item;
	}

	@Transactional
	public CartRepository.Item addHold(UUID cart, UUID hold) {
		openCart(cart);
		SeatHold held = holds.find(new HoldId(hold))
			.orElseThrow(() -> new Problem(OrdersProblems.UNKNOWN_HOLD, "There is no seat hold " + hold + ".",
					Map.of("holdId", hold)));
		if (held.status() != HoldStatus.ACTIVE) {
			throw lapsed("The seat hold " + hold + " is " + held.status().code() + ". Hold the seats again.");
		}
		if (carts.items(cart).stream().anyMatch(item -> hold.equals(item.holdId()))) {
			throw new Problem(ProblemType.CONFLICT, "The seat hold " + hold + " is in the cart already.");
		}
		CartRepository.Item item = new CartRepository.Item(Ids.newId(), null, null, null, hold);
		carts.add(cart, item);
		return item;
	}

	@Transactional
	public void remove(UUID cart, UUID itemId) {
		openCart(cart);
		CartRepository.Item item = carts.items(cart).stream().filter(one -> one.id().equals(itemId)).findFirst()
			.orElseThrow(() -> Problem.notFound("cart item", itemId));
		carts.remove(cart, itemId);
		if (item.isSeats()) {
			holds.release(new HoldId(item.holdId()));
		}
		else {
			stock.release(new StockReservationId(item.reservationId()));
		}
	}

	@Transactional(readOnly = true)
	public CartView view(UUID id) {
		CartRepository.Cart cart = carts.find(id).orElseThrow(() -> Problem.notFound("cart", id));
		return new CartView(cart.id(), cart.customer(), cart.email(), cart.ordered() ? "ordered" : "open",
				carts.items(id).stream().map(this::itemView).toList(), cart.createdAt());
	}

	private CartView.Item itemView(CartRepository.Item item) {
		if (item.isSeats()) {
			return holds.find(new HoldId(item.holdId()))
				.map(hold -> new CartView.Item(item.id(), "seats", null, null, null, item.holdId(), hold.seats(),
						hold.status().code(), hold.expiresAt()))
				.orElseThrow();
		}
		return stock.find(new StockReservationId(item.reservationId()))
			.map(reserved -> new CartView.Item(item.id(), "product", item.productId(), item.quantity(), item.reservationId(), null,
					null, reserved.status().code(), reserved.expiresAt()))
			.orElseThrow();
	}

	static Problem lapsed(String detail) {
		return new Problem(OrdersProblems.CART_ITEM_LAPSED, detail);
	}

	private CartRepository.Cart openCart(UUID id) {
		CartRepository.Cart cart = carts.lock(id).orElseThrow(() -> Problem.notFound("cart", id));
		if (cart.ordered()) {
			throw new Problem(OrdersProblems.CART_ORDERED, "The cart " + id + " was made into an order and changes no more.");
		}
		return cart;
	}
}
