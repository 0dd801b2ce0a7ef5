package dev.plaza.venues.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.domain.BookedShowtime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's showtimes. The database refuses two uncancelled showtimes taking one room at once. */
@Repository
public class ShowtimeRepository {

	private static final String COLUMNS = """
			SELECT s.id, s.movie_id, s.room_id, s.starts_at, s.ends_at, s.language, s.format, s.prices::text AS prices,
			       s.cancelled_at IS NOT NULL AS cancelled FROM venues.showtimes s""";

	private final JdbcClient jdbc;

	ShowtimeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the showtimes with one statement, however many there are. */
	public void insert(List<Showtime> showtimes) {
		int n = showtimes.size();
		UUID[] ids = new UUID[n], movies = new UUID[n], rooms = new UUID[n];
		String[] starts = new String[n], ends = new String[n], languages = new String[n], formats = new String[n],
				prices = new String[n];
		for (int i = 0; i < n; i++) {
			Showtime showtime = showtimes.get(i);
			ids[i] = showtime.id();
			movies[i] = showtime.movieId();
			rooms[i] = showtime.roomId();
			starts[i] = showtime.startsAt().toString();
			ends[i] = showtime.endsAt().toString();
			languages[i] = showtime.language();
			formats[i] = showtime.format();
			prices[i] = Prices.toJson(showtime.prices());
		}
		jdbc.sql("""
				INSERT INTO venues.showtimes (tenant_id, id, movie_id, room_id, starts_at, ends_at, language, format, prices)
				SELECT platform.current_tenant(), id, movie, room, starts::timestamptz, ends::timestamptz, language, format,
				       prices::jsonb
				FROM unnest(:ids, :movies, :rooms, :starts, :ends, :languages, :formats, :prices)
				     AS s(id, movie, room, starts, ends, language, format, prices)""")
			.param("ids", ids)
			.param("movies", movies)
			.param("rooms", rooms)
			.param("starts", starts)
			.param("ends", ends)
			.param("languages", languages)
			.param("formats", formats)
			.param("prices", prices)
			.update();
	}

	public Optional<Showtime> find(ShowtimeId id) {
		return jdbc.sql(COLUMNS + " WHERE s.id = :id").param("id", id.value()).query(ShowtimeRepository::showtime).optional();
	}

	/** Uncancelled showtimes in these rooms taking any part of [from, to). */
	public List<BookedShowtime> booked(Collection<UUID> rooms, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT id, room_id, starts_at, ends_at FROM venues.showtimes
				WHERE room_id = ANY(:rooms) AND cancelled_at IS NULL
				  AND tstzrange(starts_at, ends_at) && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))""")
			.param("rooms", rooms.toArray(UUID[]::new))
			.param("from", from.toString())
			.param("to", to.toString())
			.query((rs, n) -> new BookedShowtime(new ShowtimeId(rs.getObject("id", UUID.class)),
					new RoomId(rs.getObject("room_id", UUID.class)), instant(rs, "starts_at"), instant(rs, "ends_at")))
			.list();
	}

	/** Uncancelled showtimes, filtered by whichever of cinema, movie and local day (in the cinema's city) are given. */
	public List<Showtime> scheduled(UUID cinema, UUID movie, LocalDate day, int limit) {
		return jdbc.sql(COLUMNS + """
				 JOIN venues.rooms r ON r.tenant_id = s.tenant_id AND r.id = s.room_id
				 JOIN venues.cinemas c ON c.tenant_id = r.tenant_id AND c.id = r.cinema_id
				 JOIN venues.cities ci ON ci.tenant_id = c.tenant_id AND ci.id = c.city_id
				WHERE s.cancelled_at IS NULL
				  AND (CAST(:cinema AS uuid) IS NULL OR r.cinema_id = :cinema)
				  AND (CAST(:movie AS uuid) IS NULL OR s.movie_id = :movie)
				  AND (CAST(:day AS date) IS NULL OR (s.starts_at AT TIME ZONE ci.time_zone)::date = :day)
				ORDER BY s.starts_at, s.id LIMIT :limit""")
			.param("cinema", cinema)
			.param("movie", movie)
			.param("day", day)
			.param("limit", limit)
			.query(ShowtimeRepository::showtime)
			.list();
	}

	/** Cancels the showtime unless it already was; answers whether this call cancelled it. */
	public boolean cancel(ShowtimeId id) {
		return jdbc.sql("UPDATE venues.showtimes SET cancelled_at = now() WHERE id = :id AND cancelled_at IS NULL")
			.param("id", id.value())
			.update() == 1;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Showtime showtime(ResultSet rs, int row) throws SQLException {
		return new Showtime(rs.getObject("id", UUID.class), rs.getObject("movie_id", UUID.class),
				rs.getObject("room_id", UUID.class), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("language"),
				rs.getString("format"), Prices.fromJson(rs.getString("prices")), rs.getBoolean("cancelled"));
	}
}
