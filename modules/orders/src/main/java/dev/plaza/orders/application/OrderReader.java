package dev.plaza.orders.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.PlatformFee;
import dev.plaza.orders.persistence.OrderRepository;
import dev.plaza.orders.persistence.OrderSearches;
import dev.plaza.platform.Money;
import dev.plaza.platform.NewestFirstPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders in their own read-only transactions, for listeners and controllers. */
@Service
public class OrderReader {

	private final OrderRepository orders;

	private final OrderSearches searches;

	OrderReader(OrderRepository orders, OrderSearches searches) {
		this.orders = orders;
		this.searches = searches;
	}

	@Transactional(readOnly = true)
	public Optional<Order> find(UUID id) {
		return orders.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> view(UUID id) {
		return orders.find(id).map(order -> OrderView.of(order, orders.lines(id), orders.history(id), orders.tickets(id)));
	}

	/** A page of the tenant's orders that match, newest first. */
	@Transactional(readOnly = true)
	public List<OrderSummary> page(OrderSearch search, NewestFirstPage page) {
		return searches.page(search.status() == null ? null : search.status().code(), search.placedFrom(),
				search.placedBefore(), search.email(), page.before(), page.limit())
			.stream()
			.map(OrderSummary::of)
			.toList();
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
