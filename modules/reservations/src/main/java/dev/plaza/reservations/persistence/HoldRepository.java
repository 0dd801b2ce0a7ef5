package dev.plaza.reservations.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.reservations.HoldId;
import dev.plaza.reservations.HoldStatus;
import dev.plaza.reservations.SeatHold;
import dev.plaza.venues.ShowtimeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant's holds. Every comparison with the present uses {@code now()}, the transaction's start:
 * one transaction then sees one instant, so the expiry it stamps on a new hold and the holds it
 * counts as active agree with the seat claims it takes. Transactions here last milliseconds, so
 * this instant trails the clock by no more than that.
 */
@Repository
public class HoldRepository {

	private static final String STATUS = """
			CASE WHEN sold_at IS NOT NULL THEN 'SOLD' WHEN released_at IS NOT NULL THEN 'RELEASED'
			     WHEN expires_at > now() THEN 'ACTIVE' ELSE 'EXPIRED' END""";

	private final JdbcClient jdbc;

	HoldRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues this transaction behind any other holding for the same customer, so their limit is counted exactly. */
	public void lockCustomer(String customer) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(platform.current_tenant()::text || '/' || :customer, 0))")
			.param("customer", customer)
			.query()
			.singleRow();
	}

	/**
	 * How many active holds the customer has, and the client; read after {@link #lockCustomer}, in a
	 * statement of its own, so that it sees the holds committed while this one waited for the lock.
	 */
	public Active active(String customer, String client) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE customer = :customer) AS of_customer,
				       count(*) FILTER (WHERE client_id = :client) AS of_client
				FROM reservations.holds
				WHERE (customer = :customer OR client_id = :client) AND released_at IS NULL AND sold_at IS NULL
				  AND expires_at > now()""")
			.param("customer", customer)
			.param("client", client)
			.query((rs, n) -> new Active(rs.getInt("of_customer"), rs.getInt("of_client")))
			.single();
	}

	public record Active(int ofCustomer, int ofClient) {
	}

	/** Stores a new active hold lasting {@code ttl} from now; answers when it expires. */
	public Instant insert(HoldId id, ShowtimeId showtime, List<String> seats, String customer, String client, Duration ttl) {
		return jdbc.sql("""
				INSERT INTO reservations.holds (tenant_id, id, showtime_id, seats, customer, client_id, created_at, expires_at)
				VALUES (platform.current_tenant(), :id, :showtime, :seats, :customer, :client, now(),
				        now() + make_interval(secs => :ttl))
				RETURNING expires_at""")
			.param("id", id.value())
			.param("showtime", showtime.value())
			.param("seats", seats.toArray(String[]::new))
			.param("customer", customer)
			.param("client", client)
			.param("ttl", ttl.toMillis() / 1000.0)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	public Optional<SeatHold> find(HoldId id) {
		return jdbc.sql("SELECT id, showtime_id, seats, customer, expires_at, " + STATUS + " AS status FROM reservations.holds WHERE id = :id")
			.param("id", id.value())
			.query(HoldRepository::hold)
			.optional();
	}

	/** Marks the hold released if it is still active; answers it as it was then, or empty if it was not active. */
	public Optional<SeatHold> release(HoldId id) {
		return releaseWhere("id = :id", id.value()).stream().findFirst();
	}

	/** Releases every active hold of the showtime; answers them as they were. */
	public List<SeatHold> releaseAll(ShowtimeId showtime) {
		return releaseWhere("showtime_id = :id", showtime.value());
	}

	private List<SeatHold> releaseWhere(String condition, UUID id) {
		return jdbc.sql("UPDATE reservations.holds SET released_at = now() WHERE " + condition + """
				 AND released_at IS NULL AND sold_at IS NULL AND expires_at > now()
				RETURNING id, showtime_id, seats, customer, expires_at, 'ACTIVE' AS status""")
			.param("id", id)
			.query(HoldRepository::hold)
			.list();
	}

	/** Marks the hold sold unless it was released or sold before; answers it if this call sold it. */
	public Optional<SeatHold> markSold(HoldId id) {
		return jdbc.sql("UPDATE reservations.holds SET sold_at = now() WHERE id = :id AND released_at IS NULL AND sold_at IS NULL"
				+ " RETURNING id, showtime_id, seats, customer, expires_at, 'SOLD' AS status")
			.param("id", id.value())
			.query(HoldRepository::hold)
			.optional();
	}

	private static SeatHold hold(ResultSet rs, int row) throws SQLException {
		Array seats = rs.getArray("seats");
		return new SeatHold(new HoldId(rs.getObject("id", UUID.class)), new ShowtimeId(rs.getObject("showtime_id", UUID.class)),
				Arrays.asList((String[]) seats.getArray()), rs.getString("customer"),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant(), HoldStatus.valueOf(rs.getString("status")));
	}
}
