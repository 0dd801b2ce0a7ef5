package dev.plaza.venues.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.application.CatalogProblems;
import dev.plaza.venues.domain.SeatMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The rooms of the tenant's cinemas; a room's name is unique within its cinema. */
@Repository
public class RoomRepository {

	private static final String COLUMNS = "SELECT id, cinema_id, name, type, seat_map::text AS seat_map FROM venues.rooms";

	private final JdbcClient jdbc;

	private final CinemaRepository cinemas;

	private final JsonMapper json;

	RoomRepository(JdbcClient jdbc, CinemaRepository cinemas, JsonMapper json) {
		this.jdbc = jdbc;
		this.cinemas = cinemas;
		this.json = json;
	}

	@Transactional
	public Room add(Room room) {
		if (cinemas.find(new CinemaId(room.cinemaId())).isEmpty()) {
			CatalogProblems.refuseIfAny(List.of(CatalogProblems.unknown("cinemaId", "cinema", room.cinemaId())));
		}
		int added = jdbc.sql("""
				INSERT INTO venues.rooms (tenant_id, id, cinema_id, name, type, seat_map)
				VALUES (platform.current_tenant(), :id, :cinema, :name, :type, CAST(:seatMap AS jsonb)) ON CONFLICT DO NOTHING""")
			.param("id", room.id())
			.param("cinema", room.cinemaId())
			.param("name", room.name())
			.param("type", room.type().code())
			.param("seatMap", json.writeValueAsString(room.seatMap()))
			.update();
		if (added == 0) {
			throw CatalogProblems.taken("name", room.name(), "a room in this cinema");
		}
		return room;
	}

	@Transactional(readOnly = true)
	public List<Room> all(UUID cinemaId) {
		return jdbc.sql(COLUMNS + " WHERE (CAST(:cinema AS uuid) IS NULL OR cinema_id = :cinema) ORDER BY name, id")
			.param("cinema", cinemaId)
			.query(this::room)
			.list();
	}

	@Transactional(readOnly = true)
	public Room get(RoomId id) {
		return find(id).orElseThrow(() -> Problem.notFound("room", id));
	}

	Optional<Room> find(RoomId id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id.value()).query(this::room).optional();
	}

	public List<Room> withIds(Collection<UUID> ids) {
		return jdbc.sql(COLUMNS + " WHERE id = ANY(:ids)").param("ids", ids.toArray(UUID[]::new)).query(this::room).list();
	}

	/** Rooms named by their cinema's code and their own name, each answered with that cinema code. */
	public List<NamedRoom> withNames(Collection<String> cinemaCodes) {
		return jdbc.sql("""
				SELECT c.code, r.id, r.cinema_id, r.name, r.type, r.seat_map::text AS seat_map
				FROM venues.rooms r JOIN venues.cinemas c ON c.tenant_id = r.tenant_id AND c.id = r.cinema_id
				WHERE c.code = ANY(:codes)""")
			.param("codes", cinemaCodes.toArray(String[]::new))
			.query((rs, n) -> new NamedRoom(rs.getString("code"), room(rs, n)))
			.list();
	}

	public record NamedRoom(String cinemaCode, Room room) {
	}

	private Room room(ResultSet rs, int row) throws SQLException {
		return new Room(rs.getObject("id", UUID.class), rs.getObject("cinema_id", UUID.class), rs.getString("name"),
				RoomType.fromCode(rs.getString("type")).orElseThrow(), json.readValue(rs.getString("seat_map"), SeatMap.class));
	}
}
