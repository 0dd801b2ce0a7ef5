package dev.plaza.inventory.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.inventory.StockReservation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units unsettled reservations keep, per product and location. A claim counts while
 * {@code expires_at} lies ahead of the instant a decision is taken at, so an expired reservation
 * frees its units the moment it expires, with no job to wait for.
 */
@Repository
public class StockClaimRepository {

	/** No reservation has this id (ids are UUIDv7), so leaving it out leaves out nothing. */
	private static final UUID NONE = new UUID(0, 0);

	private final JdbcClient jdbc;

	StockClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Units of these products reserved at the instant, per product and location, leaving out those
	 * of reservation {@code except} (null leaves out none).
	 */
	public Map<Slot, Long> reserved(Collection<UUID> products, Instant at, UUID except) {
		Map<Slot, Long> reserved = new HashMap<>();
		jdbc.sql("""
				SELECT product_id, location_code, sum(quantity) AS units FROM inventory.stock_claims
				WHERE product_id = ANY(:products) AND expires_at > :at AND reservation_id <> :except
				GROUP BY product_id, location_code""")
			.param("products", products.stream().distinct().toArray(UUID[]::new))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("except", except == null ? NONE : except)
			.query(rs -> {
				reserved.put(new Slot(rs.getObject("product_id", UUID.class), rs.getString("location_code")), rs.getLong("units"));
			});
		return reserved;
	}

	public void take(UUID reservation, List<StockReservation.Line> lines, Instant expiresAt) {
		for (StockReservation.Line line : lines) {
			jdbc.sql("""
					INSERT INTO inventory.stock_claims (tenant_id, reservation_id, product_id, location_code, quantity, expires_at)
					VALUES (platform.current_tenant(), :reservation, :product, :location, :quantity, :expiresAt)""")
				.param("reservation", reservation)
				.param("product", line.product().value())
				.param("location", line.location().value())
				.param("quantity", line.quantity())
				.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Gives up whatever the reservation still keeps. */
	public void free(UUID reservation) {
		jdbc.sql("DELETE FROM inventory.stock_claims WHERE reservation_id = :reservation")
			.param("reservation", reservation)
			.update();
	}

	/** A product at a location. */
	public record Slot(UUID product, String location) {
	}
}
