package dev.plaza.inventory.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Units on hand per product and location, and the locks that put decisions about one product's
 * stock in a single order (see the package documentation).
 */
@Repository
public class StockLevelRepository {

	private final JdbcClient jdbc;

	StockLevelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks every stock row of these products, in (product, location) order — the order every writer
	 * locks in — waiting for writers that hold any of them, and answers the rows as they are then.
	 */
	public List<Level> lock(Collection<UUID> products) {
		return jdbc.sql("""
				SELECT product_id, location_code, on_hand FROM inventory.stock_levels
				WHERE product_id = ANY(:products) ORDER BY product_id, location_code FOR UPDATE""")
			.param("products", products.stream().distinct().toArray(UUID[]::new))
			.query((rs, n) -> new Level(rs.getObject("product_id", UUID.class), rs.getString("location_code"),
					rs.getLong("on_hand")))
			.list();
	}

	/** Locks the product's row at the location, making it (with nothing on hand) if it is new; answers its units. */
	public long lockOne(UUID product, String location) {
		jdbc.sql("""
				INSERT INTO inventory.stock_levels (tenant_id, product_id, location_code, on_hand)
				VALUES (platform.current_tenant(), :product, :location, 0) ON CONFLICT DO NOTHING""")
			.param("product", product)
			.param("location", location)
			.update();
		return jdbc.sql("""
				SELECT on_hand FROM inventory.stock_levels WHERE product_id = :product AND location_code = :location
				FOR UPDATE""")
			.param("product", product)
			.param("location", location)
			.query(Long.class)
			.single();
	}

	/**
	 * The instant a decision is taken at, read after its locks were granted: a decision that waited
	 * for another then always sees a later instant than that one, so they agree on what had expired.
	 * ({@code now()} would be the transaction's start, possibly before the wait.)
	 */
	public Instant now() {
		return jdbc.sql("SELECT clock_timestamp()").query(OffsetDateTime.class).single().toInstant();
	}

	/** Adds the delta to the locked row; answers the units on hand after. */
	public long add(UUID product, String location, long delta) {
		return jdbc.sql("""
				UPDATE inventory.stock_levels SET on_hand = on_hand + :delta, updated_at = now()
				WHERE product_id = :product AND location_code = :location RETURNING on_hand""")
			.param("delta", delta)
			.param("product", product)
			.param("location", location)
			.query(Long.class)
			.single();
	}

	/** The product's units and reserved units per location now, by location code. */
	public List<Counted> counted(UUID product) {
		return jdbc.sql("""
				SELECT l.location_code, l.on_hand, coalesce(sum(c.quantity), 0) AS reserved
				FROM inventory.stock_levels l
				LEFT JOIN inventory.stock_claims c ON c.tenant_id = l.tenant_id AND c.product_id = l.product_id
				    AND c.location_code = l.location_code AND c.expires_at > clock_timestamp()
				WHERE l.product_id = :product
				GROUP BY l.location_code, l.on_hand ORDER BY l.location_code""")
			.param("product", product)
			.query((rs, n) -> new Counted(rs.getString("location_code"), rs.getLong("on_hand"), rs.getLong("reserved")))
			.list();
	}

	public record Level(UUID product, String location, long onHand) {
	}

	public record Counted(String location, long onHand, long reserved) {
	}
}
