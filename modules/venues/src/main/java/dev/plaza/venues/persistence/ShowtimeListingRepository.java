package dev.plaza.venues.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import dev.plaza.venues.domain.SeatMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The catalog's published reads: seating for seat holds, denormalized listings for search and storefront. */
@Service
@Transactional(readOnly = true)
class ShowtimeListingRepository implements Showtimes {

	private static final String LISTING = """
			SELECT s.id, s.starts_at, s.ends_at, s.language, s.format, s.prices::text AS prices,
			       r.id AS room_id, r.name AS room_name, r.type AS room_type,
			       c.id AS cinema_id, c.code AS cinema_code, c.name AS cinema_name,
			       ci.id AS city_id, ci.slug AS city_slug, ci.name AS city_name, ci.time_zone,
			       m.id AS movie_id, m.slug AS movie_slug, m.title, m.original_title, m."cast", m.genres, m.age_rating,
			       m.duration_minutes
			FROM venues.showtimes s
			JOIN venues.rooms r ON r.tenant_id = s.tenant_id AND r.id = s.room_id
			JOIN venues.cinemas c ON c.tenant_id = r.tenant_id AND c.id = r.cinema_id
			JOIN venues.cities ci ON ci.tenant_id = c.tenant_id AND ci.id = c.city_id
			JOIN venues.movies m ON m.tenant_id = s.tenant_id AND m.id = s.movie_id
			WHERE s.cancelled_at IS NULL AND\s""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ShowtimeListingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Optional<ShowtimeSeating> seating(ShowtimeId id) {
		return jdbc.sql("""
				SELECT s.starts_at, s.ends_at, r.seat_map::text AS seat_map
				FROM venues.showtimes s JOIN venues.rooms r ON r.tenant_id = s.tenant_id AND r.id = s.room_id
				WHERE s.id = :id AND s.cancelled_at IS NULL""")
			.param("id", id.value())
			.query((rs, n) -> new ShowtimeSeating(id, ShowtimeRepository.instant(rs, "starts_at"),
					ShowtimeRepository.instant(rs, "ends_at"), json.readValue(rs.getString("seat_map"), SeatMap.class).seats()))
			.optional();
	}

	@Override
	public boolean scheduled(ShowtimeId id) {
		return jdbc.sql("SELECT EXISTS (SELECT FROM venues.showtimes WHERE id = :id AND cancelled_at IS NULL)")
			.param("id", id.value())
			.query(Boolean.class)
			.single();
	}

	@Override
	public List<ShowtimeListing> listings(Collection<ShowtimeId> ids) {
		return query("s.id = ANY(:ids)", Map.of("ids", ids.stream().map(ShowtimeId::value).toArray(UUID[]::new)));
	}

	@Override
	public List<ShowtimeListing> listingsAfter(Optional<ShowtimeId> after, int limit) {
		return query("s.id > :after ORDER BY s.id LIMIT :limit",
				Map.of("after", after.map(ShowtimeId::value).orElse(new UUID(0, 0)), "limit", limit));
	}

	@Override
	public List<ShowtimeListing> listingsOfMovie(MovieId movie) {
		return query("s.movie_id = :movie ORDER BY s.starts_at, s.id", Map.of("movie", movie.value()));
	}

	@Override
	public List<ShowtimeListing> listingsOfCinema(CinemaId cinema) {
		return query("c.id = :cinema ORDER BY s.starts_at, s.id", Map.of("cinema", cinema.value()));
	}

	@Override
	public List<ShowtimeListing> listingsOfCity(CityId city, Instant from, Instant to) {
		return query("ci.id = :city AND s.starts_at >= CAST(:from AS timestamptz) AND s.starts_at < CAST(:to AS timestamptz) "
				+ "ORDER BY s.starts_at, s.id", Map.of("city", city.value(), "from", from.toString(), "to", to.toString()));
	}

	private List<ShowtimeListing> query(String condition, Map<String, Object> parameters) {
		return jdbc.sql(LISTING + condition).params(parameters).query(ShowtimeListingRepository::listing).list();
	}

	private static ShowtimeListing listing(ResultSet rs, int row) throws SQLException {
		var startsAt = ShowtimeRepository.instant(rs, "starts_at");
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		return new ShowtimeListing(new ShowtimeId(rs.getObject("id", UUID.class)), startsAt,
				ShowtimeRepository.instant(rs, "ends_at"), LocalDate.ofInstant(startsAt, zone),
				rs.getString("language"), rs.getString("format"),
				new ShowtimeListing.Room(new RoomId(rs.getObject("room_id", UUID.class)), rs.getString("room_name"),
						RoomType.fromCode(rs.getString("room_type")).orElseThrow()),
				new ShowtimeListing.Cinema(new CinemaId(rs.getObject("cinema_id", UUID.class)), rs.getString("cinema_code"),
						rs.getString("cinema_name")),
				new ShowtimeListing.City(new CityId(rs.getObject("city_id", UUID.class)), rs.getString("city_slug"),
						rs.getString("city_name"), zone),
				new ShowtimeListing.Movie(new MovieId(rs.getObject("movie_id", UUID.class)), rs.getString("movie_slug"),
						rs.getString("title"), rs.getString("original_title"), MovieRepository.strings(rs, "cast"),
						MovieRepository.strings(rs, "genres"), rs.getString("age_rating"), rs.getInt("duration_minutes")),
				Prices.fromJson(rs.getString("prices")));
	}
}
