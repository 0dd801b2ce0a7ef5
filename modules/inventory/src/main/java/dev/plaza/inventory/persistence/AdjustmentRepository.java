package dev.plaza.inventory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.plaza.inventory.domain.AdjustmentReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change of on-hand stock, as it was made; entries are only ever added. */
@Repository
public class AdjustmentRepository {

	private static final String COLUMNS = """
			SELECT seq, id, product_id, location_code, delta, reason, note, on_hand_after, reservation_id, client_id, created_at
			FROM inventory.stock_adjustments""";

	private final JdbcClient jdbc;

	AdjustmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Entry append(NewEntry entry) {
		return jdbc.sql("""
				INSERT INTO inventory.stock_adjustments (tenant_id, id, product_id, location_code, delta, reason, note,
				    on_hand_after, reservation_id, client_id)
				VALUES (platform.current_tenant(), :id, :product, :location, :delta, :reason, :note, :onHandAfter, :reservation,
				    :client)
				RETURNING seq, id, product_id, location_code, delta, reason, note, on_hand_after, reservation_id, client_id,
				    created_at""")
			.param("id", entry.id())
			.param("product", entry.product())
			.param("location", entry.location())
			.param("delta", entry.delta())
			.param("reason", entry.reason().code())
			.param("note", entry.note(), Types.VARCHAR)
			.param("onHandAfter", entry.onHandAfter())
			.param("reservation", entry.reservation(), Types.OTHER)
			.param("client", entry.client(), Types.VARCHAR)
			.query(AdjustmentRepository::entry)
			.single();
	}

	/** Up to {@code limit} entries after {@code afterSeq} in the order they were made, of one product or of all. */
	public List<Entry> after(UUID product, String location, long afterSeq, int limit) {
		return jdbc.sql(COLUMNS + """
				 WHERE seq > :after AND (CAST(:product AS uuid) IS NULL OR product_id = :product)
				   AND (CAST(:location AS text) IS NULL OR location_code = :location)
				ORDER BY seq LIMIT :limit""")
			.param("after", afterSeq)
			.param("product", product, Types.OTHER)
			.param("location", location, Types.VARCHAR)
			.param("limit", limit)
			.query(AdjustmentRepository::entry)
			.list();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getString("location_code"), rs.getLong("delta"), AdjustmentReason.ofCode(rs.getString("reason")),
				rs.getString("note"), rs.getLong("on_hand_after"), rs.getObject("reservation_id", UUID.class),
				rs.getString("client_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** What to record: a staff adjustment carries its client, a sale its reservation. */
	public record NewEntry(UUID id, UUID product, String location, long delta, AdjustmentReason reason, String note,
			long onHandAfter, UUID reservation, String client) {
	}

	public record Entry(long seq, UUID id, UUID product, String location, long delta, AdjustmentReason reason, String note,
			long onHandAfter, UUID reservation, String client, Instant createdAt) {
	}
}
