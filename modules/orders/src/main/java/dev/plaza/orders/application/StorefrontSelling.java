package dev.plaza.orders.application;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.CartContents;
import dev.plaza.orders.Carts;
import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.PlacedOrder;
import dev.plaza.orders.PlacedOrders;
import dev.plaza.orders.persistence.CartRepository;
import dev.plaza.payments.PaymentId;
import dev.plaza.platform.Money;
import dev.plaza.platform.Problem;
import dev.plaza.products.ProductId;
import dev.plaza.reservations.HoldId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Carts} and {@link PlacedOrders} over the same services the carts and orders API uses. */
@Service
class StorefrontSelling implements Carts, PlacedOrders {

	private final CartService carts;

	private final CartRepository cartRepository;

	private final Checkout checkout;

	private final OrderReader orders;

	StorefrontSelling(CartService carts, CartRepository cartRepository, Checkout checkout, OrderReader orders) {
		this.carts = carts;
		this.cartRepository = cartRepository;
		this.checkout = checkout;
		this.orders = orders;
	}

	@Override
	public UUID open(String customer) {
		return carts.create(customer, null).id();
	}

	@Override
	public void addSeats(UUID cart, HoldId hold) {
		carts.addHold(cart, hold.value());
	}

	@Override
	public void addProduct(UUID cart, ProductId product, int quantity) {
		carts.addProduct(cart, product.value(), quantity);
	}

	@Override
	public void remove(UUID cart, UUID item) {
		carts.remove(cart, item);
	}

	@Override
	public Optional<CartContents> find(UUID cart) {
		return checkout.quote(cart);
	}

	@Override
	@Transactional
	public OrderId checkout(UUID cart, String email) {
		if (cartRepository.lock(cart).isEmpty()) {
			throw new Problem(OrdersProblems.UNKNOWN_CART, "There is no cart " + cart + ".");
		}
		cartRepository.email(cart, email);
		return new OrderId(checkout.place(cart));
	}

	@Override
	public Optional<PlacedOrder> find(OrderId id) {
		return orders.view(id.value()).map(StorefrontSelling::placed);
	}

	@Override
	public Optional<byte[]> ticketQrCode(OrderId id, String ticketCode) {
		return orders.view(id.value())
			.filter(order -> order.tickets().stream().anyMatch(ticket -> ticket.code().equals(ticketCode)))
			.map(order -> QrCodes.png(ticketCode));
	}

	private static PlacedOrder placed(OrderView order) {
		return new PlacedOrder(new OrderId(order.id()), OrderStatus.ofCode(order.status()), order.email(),
				Money.of(order.total(), order.currency()), Money.of(order.tax(), order.currency()),
				order.paymentId() == null ? null : new PaymentId(order.paymentId()),
				order.lines().stream().map(line -> new PlacedOrder.Line(line.description(), line.seat(), line.showtimeId(),
						line.quantity(), Money.of(line.gross(), order.currency()))).toList(),
				order.tickets().stream().map(ticket -> new PlacedOrder.Ticket(ticket.code(), ticket.seat(),
						ticket.showtimeId(), ticket.status().equals("valid"))).toList());
	}
}
