package dev.plaza.inventory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.inventory.LocationCode;
import dev.plaza.inventory.StockReservation;
import dev.plaza.inventory.StockReservationId;
import dev.plaza.inventory.StockReservationStatus;
import dev.plaza.products.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's stock reservations and the lines each took. A reservation's status is worked out
 * when read, against the clock: it turns expired by itself, with nothing written.
 */
@Repository
public class StockReservationRepository {

	private static final String STATUS = """
			CASE WHEN committed_at IS NOT NULL THEN 'COMMITTED' WHEN released_at IS NOT NULL THEN 'RELEASED'
			     WHEN expires_at > clock_timestamp() THEN 'ACTIVE' ELSE 'EXPIRED' END""";

	private final JdbcClient jdbc;

	StockReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StockReservation reservation, Instant createdAt) {
		UUID id = reservation.id().value();
		jdbc.sql("""
				INSERT INTO inventory.stock_reservations (tenant_id, id, customer, created_at, expires_at)
				VALUES (platform.current_tenant(), :id, :customer, :createdAt, :expiresAt)""")
			.param("id", id)
			.param("customer", reservation.customer())
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.param("expiresAt", reservation.expiresAt().atOffset(ZoneOffset.UTC))
			.update();
		List<StockReservation.Line> lines = reservation.lines();
		for (int i = 0; i < lines.size(); i++) {
			StockReservation.Line line = lines.get(i);
			jdbc.sql("""
					INSERT INTO inventory.stock_reservation_lines (tenant_id, reservation_id, line_no, product_id, sku,
					    location_code, quantity)
					VALUES (platform.current_tenant(), :id, :lineNo, :product, :sku, :location, :quantity)""")
				.param("id", id)
				.param("lineNo", i)
				.param("product", line.product().value())
				.param("sku", line.sku())
				.param("location", line.location().value())
				.param("quantity", line.quantity())
				.update();
		}
	}

	public Optional<StockReservation> find(StockReservationId id) {
		return withLines(jdbc.sql("SELECT id, customer, expires_at, " + STATUS
				+ " AS status FROM inventory.stock_reservations WHERE id = :id"), id);
	}

	/**
	 * Locks the reservation against a concurrent commit or release and answers it: a reservation is
	 * settled once. Taken before any stock lock, in every transaction that takes both.
	 */
	public Optional<StockReservation> lock(StockReservationId id) {
		return withLines(jdbc.sql("SELECT id, customer, expires_at, " + STATUS
				+ " AS status FROM inventory.stock_reservations WHERE id = :id FOR UPDATE"), id);
	}

	/** Marks the reservation released if it is active; false if it was not (unknown, expired or settled). */
	public boolean release(StockReservationId id) {
		return jdbc.sql("""
				UPDATE inventory.stock_reservations SET released_at = clock_timestamp()
				WHERE id = :id AND released_at IS NULL AND committed_at IS NULL AND expires_at > clock_timestamp()""")
			.param("id", id.value())
			.update() == 1;
	}

	public void committed(StockReservationId id, Instant at) {
		jdbc.sql("UPDATE inventory.stock_reservations SET committed_at = :at WHERE id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id.value())
			.update();
	}

	private Optional<StockReservation> withLines(JdbcClient.StatementSpec header, StockReservationId id) {
		return header.param("id", id.value())
			.query((rs, n) -> reservation(rs))
			.optional()
			.map(found -> new StockReservation(found.id(), found.customer(), lines(id), found.expiresAt(), found.status()));
	}

	private List<StockReservation.Line> lines(StockReservationId id) {
		return jdbc.sql("""
				SELECT product_id, sku, location_code, quantity FROM inventory.stock_reservation_lines
				WHERE reservation_id = :id ORDER BY line_no""")
			.param("id", id.value())
			.query((rs, n) -> new StockReservation.Line(new ProductId(rs.getObject("product_id", UUID.class)),
					rs.getString("sku"), new LocationCode(rs.getString("location_code")), rs.getInt("quantity")))
			.list();
	}

	/** The reservation without its lines, read first. */
	private static StockReservation reservation(ResultSet rs) throws SQLException {
		return new StockReservation(new StockReservationId(rs.getObject("id", UUID.class)), rs.getString("customer"),
				List.of(), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
				StockReservationStatus.valueOf(rs.getString("status")));
	}
}
