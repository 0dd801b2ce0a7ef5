package dev.plaza.orders.application;

import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.PlatformFee;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders in their own read-only transactions, for listeners and controllers. */
@Service
public class OrderReader {

	private final OrderRepository orders;

	OrderReader(OrderRepository orders) {
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	public Optional<Order> find(UUID id) {
		return orders.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> view(UUID id) {
		return orders.find(id).map(order -> OrderView.of(order, orders.lines(id), orders.history(id), orders.tickets(id)));
	}

	/**
	 * The platform fee a refund gives back: the fee's share of everything refunded up to and including
	 * it, less its share of what was refunded before, so the refunds of a payment give back exactly its
	 * fee. The same answer however often it is asked, before or after the refund is recorded.
	 */
	@Transactional(readOnly = true)
	public Money feeReturnedBy(UUID id, UUID refund, Money amount) {
		Order order = orders.find(id).orElseThrow();
		Money before = orders.refundRecorded(refund) ? order.refunded().minus(amount) : order.refunded();
		return PlatformFee.refundedWith(before.plus(amount), order.paid(), order.platformFee())
			.minus(PlatformFee.refundedWith(before, order.paid(), order.platformFee()));
	}
}
