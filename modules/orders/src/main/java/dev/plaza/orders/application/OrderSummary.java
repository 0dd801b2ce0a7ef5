package dev.plaza.orders.application;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.orders.domain.Order;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An order as a list shows it: who bought, where it stands and its amounts in minor units of
 * {@code currency}; its lines, history and tickets are on the order itself.
 */
public record OrderSummary(UUID id, String customer, @Schema(nullable = true) String email, String status,
		String currency, long total, long paid, long refunded, Instant createdAt) {

	static OrderSummary of(Order order) {
		return new OrderSummary(order.id().value(), order.buyer().customer(), order.buyer().email(), order.status().code(),
				order.currency().getCurrencyCode(), order.total().amount(), order.paid().amount(),
				order.refunded().amount(), order.placedAt());
	}
}
