package dev.plaza.orders.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's carts and what is in them. */
@Repository
public class CartRepository {

	private final JdbcClient jdbc;

	CartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Cart(UUID id, String customer, String email, boolean ordered, Instant createdAt) {
	}

	/** Units of a product kept by a stock reservation, or seats kept by a seat hold. */
	public record Item(UUID id, UUID productId, Integer quantity, UUID reservationId, UUID holdId) {

		public boolean isSeats() {
			return holdId != null;
		}
	}

	public Cart insert(UUID id, String customer, String email) {
		return jdbc.sql("""
				INSERT INTO orders.carts (tenant_id, id, customer, email, status)
				VALUES (platform.current_tenant(), :id, :customer, :email, 'open')
				RETURNING id, customer, email, status, created_at""")
			.param("id", id)
			.param("customer", customer)
			.param("email", email)
			.query(CartRepository::cart)
			.single();
	}

	public Optional<Cart> find(UUID id) {
		return jdbc.sql("SELECT id, customer, email, status, created_at FROM orders.carts WHERE id = :id")
			.param("id", id)
			.query(CartRepository::cart)
			.optional();
	}

	/** Reads the cart and keeps others from changing it (or ordering it) until this transaction ends. */
	public Optional<Cart> lock(UUID id) {
		return jdbc.sql("SELECT id, customer, email, status, created_at FROM orders.carts WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(CartRepository::cart)
			.optional();
	}

	/** Where the order of this cart will be confirmed to. */
	public void email(UUID id, String email) {
		jdbc.sql("UPDATE orders.carts SET email = :email WHERE id = :id").param("id", id).param("email", email).update();
	}

	public void markOrdered(UUID id) {
		jdbc.sql("UPDATE orders.carts SET status = 'ordered' WHERE id = :id").param("id", id).update();
	}

	public List<Item> items(UUID cart) {
		return jdbc.sql("""
				SELECT id, product_id, quantity, reservation_id, hold_id FROM orders.cart_items
				WHERE cart_id = :cart ORDER BY added_at, id""")
			.param("cart", cart)
			.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
					(Integer) rs.getObject("quantity"), rs.getObject("reservation_id", UUID.class),
					rs.getObject("hold_id", UUID.class)))
			.list();
	}

	public void add(UUID cart, Item item) {
		jdbc.sql("""
				INSERT INTO orders.cart_items (tenant_id, id, cart_id, product_id, quantity, reservation_id, hold_id)
				VALUES (platform.current_tenant(), :id, :cart, :product, :quantity, :reservation, :hold)""")
			.param("id", item.id())
			.param("cart", cart)
			.param("product", item.productId())
			.param("quantity", item.quantity())
			.param("reservation", item.reservationId())
			.param("hold", item.holdId())
			.update();
	}

	public void remove(UUID cart, UUID item) {
		jdbc.sql("DELETE FROM orders.cart_items WHERE cart_id = :cart AND id = :id").param("cart", cart).param("id", item)
			.update();
	}

	private static Cart cart(ResultSet rs, int row) throws SQLException {
		return new Cart(rs.getObject("id", UUID.class), rs.getString("customer"), rs.getString("email"), "ordered".equals(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
