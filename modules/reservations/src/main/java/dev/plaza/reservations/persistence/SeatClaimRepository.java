package dev.plaza.reservations.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.plaza.reservations.HoldId;
import dev.plaza.venues.ShowtimeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which hold or sale takes each seat of a showtime: one row per seat at most. A row takes its seat
 * while {@code expires_at > now()} or once sold, so an expired hold frees its seats the moment it
 * expires, without waiting for any job. See {@link HoldRepository} for why {@code now()}.
 */
@Repository
public class SeatClaimRepository {

	private final JdbcClient jdbc;

	SeatClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes for the hold those of the seats that are free, in one statement, and answers which it
	 * took. A seat another transaction is taking waits for that one to end and is then judged on
	 * what it left. Seats are taken in label order, so two holds racing for overlapping seats queue
	 * on the first seat they share instead of deadlocking.
	 */
	public Set<String> take(ShowtimeId showtime, HoldId hold, Collection<String> seats, Instant expiresAt) {
		return jdbc.sql("""
				INSERT INTO reservations.seat_claims AS c (tenant_id, showtime_id, seat_label, hold_id, expires_at)
				SELECT platform.current_tenant(), :showtime, label, :hold, :expiresAt
				FROM unnest(CAST(:seats AS text[])) AS label ORDER BY label
				ON CONFLICT (tenant_id, showtime_id, seat_label) DO UPDATE
				    SET hold_id = excluded.hold_id, expires_at = excluded.expires_at
				    WHERE c.expires_at <= now() AND NOT c.sold
				RETURNING c.seat_label""")
			.param("showtime", showtime.value())
			.param("hold", hold.value())
			.param("seats", seats.toArray(String[]::new))
			.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.set();
	}

	/**
	 * Sells the hold those of its seats that are still its own or free (its claims may have lapsed and
	 * been purged), and answers which it sold; a seat another hold took after this one expired is not.
	 */
	public Set<String> sell(ShowtimeId showtime, HoldId hold, Collection<String> seats) {
		return jdbc.sql("""
				INSERT INTO reservations.seat_claims AS c (tenant_id, showtime_id, seat_label, hold_id, expires_at, sold)
				SELECT platform.current_tenant(), :showtime, label, :hold, now(), true
				FROM unnest(CAST(:seats AS text[])) AS label ORDER BY label
				ON CONFLICT (tenant_id, showtime_id, seat_label) DO UPDATE SET hold_id = excluded.hold_id, sold = true
				    WHERE c.hold_id = excluded.hold_id OR (c.expires_at <= now() AND NOT c.sold)
				RETURNING c.seat_label""")
			.param("showtime", showtime.value())
			.param("hold", hold.value())
			.param("seats", seats.toArray(String[]::new))
			.query(String.class)
			.set();
	}

	/** Gives up the seats the hold still takes; seats sold meanwhile stay sold. */
	public void free(HoldId hold) {
		jdbc.sql("DELETE FROM reservations.seat_claims WHERE hold_id = :hold AND NOT sold").param("hold", hold.value()).update();
	}

	/** The seats of the showtime taken now, by label. */
	public List<LiveClaim> live(ShowtimeId showtime) {
		return jdbc.sql("""
				SELECT seat_label, sold, expires_at FROM reservations.seat_claims
				WHERE showtime_id = :showtime AND (sold OR expires_at > now())""")
			.param("showtime", showtime.value())
			.query((rs, n) -> new LiveClaim(rs.getString("seat_label"), rs.getBoolean("sold"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public record LiveClaim(String seat, boolean sold, Instant expiresAt) {
	}
}
