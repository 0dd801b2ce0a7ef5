package dev.plaza.orders.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.orders.OrderId;
import dev.plaza.orders.OrderStatus;
import dev.plaza.orders.domain.Order;
import dev.plaza.orders.domain.OrderEvent;
import dev.plaza.orders.domain.Pricing;
import dev.plaza.payments.PaymentId;
import dev.plaza.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's orders, their lines, status history, refunds and tickets. */
@Repository
public class OrderRepository {

	static final String COLUMNS = """
			id, cart_id, customer, email, status, currency, country, total, tax, paid, platform_fee, refunded, payment_id,
			payment_deadline, created_at""";

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One line as priced when the order was made: units of a product, or one seat. */
	public record Line(int line, String description, UUID productId, UUID reservationId, UUID holdId, UUID showtimeId,
			String seat, int quantity, long unitPrice, long gross, String taxClass, BigDecimal taxRate, long tax) {

		/** Line number {@code line}: these goods, as priced. */
		public static Line priced(int line, Goods goods, Pricing.PricedLine priced) {
			Pricing.Item item = priced.item();
			return new Line(line, item.description(), goods.productId(), goods.reservationId(), goods.holdId(),
					goods.showtimeId(), goods.seat(), item.quantity(), item.unitPrice().amount(), priced.gross().amount(),
					item.taxClass().code(), priced.rate().rate(), priced.tax().amount());
		}
	}

	/** What a line sells: units of a product kept by a stock reservation, or one seat of a hold. */
	public record Goods(UUID productId, UUID reservationId, UUID holdId, UUID showtimeId, String seat) {

		public static Goods units(UUID productId, UUID reservationId) {
			return new Goods(productId, reservationId, null, null, null);
		}

		public static Goods seat(UUID holdId, UUID showtimeId, String seat) {
			return new Goods(null, null, holdId, showtimeId, seat);
		}
	}

	public record HistoryEntry(String status, String reason, Instant at) {
	}

	/** @param status {@code valid}, or {@code void} once its showtime was cancelled */
	public record Ticket(String code, int line, String seat, String status, Instant issuedAt) {
	}

	public void insert(Order order, List<Line> lines) {
		jdbc.sql("""
				INSERT INTO orders.orders (tenant_id, id, cart_id, customer, email, status, currency, country, total, tax, payment_id,
				                           payment_deadline, created_at)
				VALUES (platform.current_tenant(), :id, :cart, :customer, :email, :status, :currency, :country, :total, :tax, :payment,
				        :deadline, :placedAt)""")
			.param("id", order.id().value())
			.param("cart", order.buyer().cartId())
			.param("customer", order.buyer().customer())
			.param("email", order.buyer().email())
			.param("status", order.status().code())
			.param("currency", order.currency().getCurrencyCode())
			.param("country", order.country())
			.param("total", order.total().amount())
			.param("tax", order.tax().amount())
			.param("payment", order.paymentId().value())
			.param("deadline", utc(order.paymentDeadline()))
			.param("placedAt", utc(order.placedAt()))
			.update();
		for (Line line : lines) {
			jdbc.sql("""
					INSERT INTO orders.order_lines (tenant_id, order_id, line, description, product_id, reservation_id, hold_id,
					    showtime_id, seat, quantity, unit_price, gross, tax_class, tax_rate, tax)
					VALUES (platform.current_tenant(), :order, :line, :description, :product, :reservation, :hold, :showtime, :seat,
					    :quantity, :unitPrice, :gross, :taxClass, :taxRate, :tax)""")
				.param("order", order.id().value())
				.param("line", line.line())
				.param("description", line.description())
				.param("product", line.productId())
				.param("reservation", line.reservationId())
				.param("hold", line.holdId())
				.param("showtime", line.showtimeId())
				.param("seat", line.seat())
				.param("quantity", line.quantity())
				.param("unitPrice", line.unitPrice())
				.param("gross", line.gross())
				.param("taxClass", line.taxClass())
				.param("taxRate", line.taxRate())
				.param("tax", line.tax())
				.update();
		}
		record(order.id().value(), order.status(), null);
	}

	public Optional<Order> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM orders.orders WHERE id = :id")
			.param("id", id)
			.query(OrderRepository::order)
			.optional();
	}

	/** Reads the order and keeps anyone else from changing it until this transaction ends. */
	public Optional<Order> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM orders.orders WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(OrderRepository::order)
			.optional();
	}

	/** Locks the order if it is still awaiting payment past its deadline and nobody else is expiring it. */
	public Optional<Order> lockOverdue(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM orders.orders WHERE id = :id AND status = 'awaiting_payment' AND payment_deadline <= now()
				FOR UPDATE SKIP LOCKED""")
			.param("id", id)
			.query(OrderRepository::order)
			.optional();
	}

	/** Across tenants (see the migration): orders awaiting payment past their deadline. */
	public List<Overdue> overdue(int max) {
		return jdbc.sql("SELECT overdue_tenant, overdue_id FROM orders.orders_past_deadline(:max)")
			.param("max", max)
			.query((rs, row) -> new Overdue(rs.getObject("overdue_tenant", UUID.class), rs.getObject("overdue_id", UUID.class)))
			.list();
	}

	public record Overdue(UUID tenant, UUID id) {
	}

	/** Writes the order as the change left it, and records the change in its history. */
	public void save(OrderEvent change) {
		Order order = change.order();
		jdbc.sql("UPDATE orders.orders SET status = :status, paid = :paid, platform_fee = :fee, refunded = :refunded WHERE id = :id")
			.param("id", order.id().value())
			.param("status", order.status().code())
			.param("paid", order.paid().amount())
			.param("fee", order.platformFee().amount())
			.param("refunded", order.refunded().amount())
			.update();
		record(order.id().value(), order.status(), change.reason());
	}

	/** Records a completed refund once; answers false when it was recorded before. */
	public boolean recordRefund(UUID order, UUID refund, long amount) {
		return jdbc.sql("""
				INSERT INTO orders.refunds (tenant_id, refund_id, order_id, amount) VALUES (platform.current_tenant(), :refund, :order, :amount)
				ON CONFLICT DO NOTHING""")
			.param("refund", refund)
			.param("order", order)
			.param("amount", amount)
			.update() == 1;
	}

	public boolean refundRecorded(UUID refund) {
		return jdbc.sql("SELECT count(*) FROM orders.refunds WHERE refund_id = :refund").param("refund", refund)
			.query(Long.class).single() > 0;
	}

	/** Adds a note to the history without changing the status, such as why a late payment was refunded. */
	public void note(UUID id, OrderStatus status, String reason) {
		record(id, status, reason);
	}

	public List<Line> lines(UUID order) {
		return jdbc.sql("SELECT * FROM orders.order_lines WHERE order_id = :order ORDER BY line")
			.param("order", order)
			.query((rs, row) -> new Line(rs.getInt("line"), rs.getString("description"), rs.getObject("product_id", UUID.class),
					rs.getObject("reservation_id", UUID.class), rs.getObject("hold_id", UUID.class),
					rs.getObject("showtime_id", UUID.class), rs.getString("seat"), rs.getInt("quantity"), rs.getLong("unit_price"),
					rs.getLong("gross"), rs.getString("tax_class"), rs.getBigDecimal("tax_rate"), rs.getLong("tax")))
			.list();
	}

	public List<HistoryEntry> history(UUID order) {
		return jdbc.sql("SELECT status, reason, at FROM orders.status_history WHERE order_id = :order ORDER BY seq")
			.param("order", order)
			.query((rs, row) -> new HistoryEntry(rs.getString("status"), rs.getString("reason"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Issues the ticket unless the line's seat has one already (a redelivered confirmation). */
	public void issue(UUID order, int line, String seat, String code) {
		jdbc.sql("""
				INSERT INTO orders.tickets (tenant_id, code, order_id, line, seat) VALUES (platform.current_tenant(), :code, :order, :line, :seat)
				ON CONFLICT (tenant_id, order_id, line, seat) DO NOTHING""")
			.param("code", code)
			.param("order", order)
			.param("line", line)
			.param("seat", seat)
			.update();
	}

	/** The order a cart was made into. */
	public Optional<UUID> orderOfCart(UUID cart) {
		return jdbc.sql("SELECT id FROM orders.orders WHERE cart_id = :cart")
			.param("cart", cart)
			.query(UUID.class)
			.optional();
	}

	public List<Ticket> tickets(UUID order) {
		return jdbc.sql("SELECT code, line, seat, status, issued_at FROM orders.tickets WHERE order_id = :order ORDER BY line, seat")
			.param("order", order)
			.query((rs, row) -> new Ticket(rs.getString("code"), rs.getInt("line"), rs.getString("seat"), rs.getString("status"),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Voids the order's valid tickets for the showtime; answers the seats whose tickets it voided now. */
	public List<String> voidTickets(UUID order, UUID showtime) {
		return jdbc.sql("""
				UPDATE orders.tickets t SET status = 'void'
				FROM orders.order_lines l
				WHERE t.order_id = :order AND t.status = 'valid'
				  AND l.tenant_id = t.tenant_id AND l.order_id = t.order_id AND l.line = t.line AND l.showtime_id = :showtime
				RETURNING t.seat""")
			.param("order", order)
			.param("showtime", showtime)
			.query(String.class)
			.list();
	}

	/** Every order with seats for the showtime, whatever became of it. */
	public List<UUID> withSeatsFor(UUID showtime) {
		return jdbc.sql("SELECT DISTINCT order_id FROM orders.order_lines WHERE showtime_id = :showtime ORDER BY order_id")
			.param("showtime", showtime)
			.query(UUID.class)
			.list();
	}

	private void record(UUID order, OrderStatus status, String reason) {
		jdbc.sql("""
				INSERT INTO orders.status_history (tenant_id, order_id, seq, status, reason)
				SELECT platform.current_tenant(), :order, coalesce(max(seq), 0) + 1, :status, :reason
				FROM orders.status_history WHERE order_id = :order""")
			.param("order", order)
			.param("status", status.code())
			.param("reason", reason)
			.update();
	}

	static Order order(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		return new Order(new OrderId(rs.getObject("id", UUID.class)),
				new Order.Buyer(rs.getObject("cart_id", UUID.class), rs.getString("customer"), rs.getString("email")),
				rs.getString("country"), OrderStatus.ofCode(rs.getString("status")), new Money(rs.getLong("total"), currency),
				new Money(rs.getLong("tax"), currency), new Money(rs.getLong("paid"), currency),
				new Money(rs.getLong("platform_fee"), currency), new Money(rs.getLong("refunded"), currency),
				new PaymentId(rs.getObject("payment_id", UUID.class)),
				rs.getObject("payment_deadline", OffsetDateTime.class).toInstant(),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
