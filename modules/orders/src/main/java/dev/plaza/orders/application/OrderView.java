package dev.plaza.orders.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.orders.SettlementAccounts;
import dev.plaza.orders.persistence.OrderRepository;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.plaza.orders.domain.Order;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;

/**
 * An order as the API shows it: amounts in minor units of {@code currency}, each line with its tax,
 * every status it went through, its tickets, and the ledger accounts its payment settles in.
 */
public record OrderView(UUID id, UUID cartId, String customer, @Schema(nullable = true) String email, String status,
		String currency, String country, long total, long tax, long paid, long refunded,
		@Schema(nullable = true) UUID paymentId, Instant paymentDeadline, Instant createdAt, List<Line> lines,
		List<History> history, List<Ticket> tickets, Accounts ledgerAccounts) {

	public record Line(int line, String description, @Schema(nullable = true) UUID productId,
			@Schema(nullable = true) UUID holdId, @Schema(nullable = true) UUID showtimeId,
			@Schema(nullable = true) String seat, int quantity, long unitPrice, long gross, String taxClass,
			BigDecimal taxRatePercent, long tax) {
	}

	record History(String status, @Schema(nullable = true) String reason, Instant at) {
	}

	/** @param status {@code valid}, or {@code void} when its showtime was cancelled: it no longer admits anyone */
	public record Ticket(String code, String seat, UUID showtimeId, String status, String qrUrl, Instant issuedAt) {
	}

	/** Where the order's money goes: from the processor's clearing account to the tenant's receivable and the platform's fees. */
	record Accounts(UUID clearing, UUID receivable, UUID fees) {
	}

	static OrderView of(Order order, List<OrderRepository.Line> lines,
			List<OrderRepository.HistoryEntry> history, List<OrderRepository.Ticket> tickets) {
		TenantId tenant = TenantContext.current().orElseThrow();
		Order.Buyer buyer = order.buyer();
		return new OrderView(order.id().value(), buyer.cartId(), buyer.customer(), buyer.email(), order.status().code(),
				order.currency().getCurrencyCode(), order.country(), order.total().amount(), order.tax().amount(),
				order.paid().amount(), order.refunded().amount(), order.paymentId().value(), order.paymentDeadline(),
				order.placedAt(),
				lines.stream().map(line -> new Line(line.line(), line.description(), line.productId(), line.holdId(),
						line.showtimeId(), line.seat(), line.quantity(), line.unitPrice(), line.gross(), line.taxClass(),
						line.taxRate().movePointRight(2).stripTrailingZeros(), line.tax())).toList(),
				history.stream().map(entry -> new History(entry.status(), entry.reason(), entry.at())).toList(),
				tickets.stream().map(ticket -> new Ticket(ticket.code(), ticket.seat(),
						lines.get(ticket.line() - 1).showtimeId(), ticket.status(),
						"/api/v1/orders/" + order.id() + "/tickets/" + ticket.code() + "/qr.png", ticket.issuedAt())).toList(),
				new Accounts(SettlementAccounts.account(tenant, SettlementAccounts.Role.CLEARING, order.currency()).value(),
						SettlementAccounts.account(tenant, SettlementAccounts.Role.RECEIVABLE, order.currency()).value(),
						SettlementAccounts.account(tenant, SettlementAccounts.Role.FEES, order.currency()).value()));
	}
}
