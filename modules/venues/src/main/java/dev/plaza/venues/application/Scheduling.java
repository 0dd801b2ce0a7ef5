package dev.plaza.venues.application;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimesScheduled;
import dev.plaza.venues.domain.BookedShowtime;
import dev.plaza.venues.domain.PlannedShowtime;
import dev.plaza.venues.domain.ScheduleRules;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.MovieRepository;
import dev.plaza.venues.persistence.Room;
import dev.plaza.venues.persistence.RoomRepository;
import dev.plaza.venues.persistence.RoomRepository.NamedRoom;
import dev.plaza.venues.persistence.Showtime;
import dev.plaza.venues.persistence.ShowtimeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules showtimes all or nothing, in one transaction: resolve the movies and rooms they name,
 * check every rule for every showtime, and write them all only if none breaks one.
 */
@Service
public class Scheduling {

	/** PostgreSQL's exclusion_violation: another transaction took the room first. */
	private static final String ROOM_TAKEN = "23P01";

	private final ShowtimeRepository showtimes;

	private final MovieRepository movies;

	private final RoomRepository rooms;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Scheduling(ShowtimeRepository showtimes, MovieRepository movies, RoomRepository rooms, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.showtimes = showtimes;
		this.movies = movies;
		this.rooms = rooms;
		this.transactions = transactions;
		this.events = events;
	}

	/** Either every showtime scheduled (their ids, in request order) or the violations of each bad one and nothing written. */
	public record Outcome(List<ShowtimeId> scheduled, SortedMap<Integer, List<FieldError>> refused) {
	}

	public Outcome schedule(List<ShowtimeDraft> requests) {
		try {
			return transactions.execute(status -> scheduleInTransaction(requests));
		}
		catch (DataIntegrityViolationException ex) {
			if (!(ex.getMostSpecificCause() instanceof SQLException sql && ROOM_TAKEN.equals(sql.getSQLState()))) {
				throw ex;
			}
			// A concurrent request took a room first; checking again names the showtime it scheduled.
			return transactions.execute(status -> scheduleInTransaction(requests));
		}
	}

	private Outcome scheduleInTransaction(List<ShowtimeDraft> requests) {
		References references = references(requests);
		SortedMap<Integer, List<FieldError>> refused = new TreeMap<>();
		Map<Integer, PlannedShowtime> planned = new HashMap<>();
		List<Showtime> accepted = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			ShowtimeDraft request = requests.get(i);
			List<FieldError> violations = new ArrayList<>(request.malformed());
			boolean wellFormed = violations.isEmpty();
			Movie movie = wellFormed ? references.movie(request, violations) : null;
			Room room = wellFormed ? references.room(request, violations) : null;
			if (!violations.isEmpty()) {
				refused.put(i, violations);
				continue;
			}
			Duration running = Duration.ofMinutes(movie.durationMinutes());
			Instant endsAt = request.endsAt() != null ? request.endsAt() : PlannedShowtime.defaultEnd(request.startsAt(), running);
			planned.put(i, new PlannedShowtime(new RoomId(room.id()), request.startsAt(), endsAt, running,
					room.seatMap().kinds(), request.prices().keySet()));
			accepted.add(new Showtime(Ids.newId(), movie.id(), room.id(), request.startsAt(), endsAt, request.language(),
					request.format() != null ? request.format() : room.type().code(), request.prices(), false));
		}
		ScheduleRules.check(planned, booked(planned), Instant.now())
			.forEach((index, violations) -> refused.computeIfAbsent(index, i -> new ArrayList<>()).addAll(violations));
		if (!refused.isEmpty()) {
			return new Outcome(List.of(), refused);
		}
		showtimes.insert(accepted);
		List<ShowtimeId> ids = accepted.stream().map(showtime -> new ShowtimeId(showtime.id())).toList();
		events.publishEvent(new ShowtimesScheduled(TenantContext.current().orElseThrow(), ids));
		return new Outcome(ids, refused);
	}

	private List<BookedShowtime> booked(Map<Integer, PlannedShowtime> planned) {
		if (planned.isEmpty()) {
			return List.of();
		}
		Instant from = planned.values().stream().map(PlannedShowtime::startsAt).min(Instant::compareTo).orElseThrow();
		Instant to = planned.values().stream().map(PlannedShowtime::endsAt).max(Instant::compareTo).orElseThrow();
		return showtimes.booked(planned.values().stream().map(p -> p.room().value()).collect(Collectors.toSet()), from, to);
	}

	private References references(List<ShowtimeDraft> requests) {
		List<Movie> named = movies.withIdsOrSlugs(
				requests.stream().map(ShowtimeDraft::movieId).filter(Objects::nonNull).collect(Collectors.toSet()),
				requests.stream().map(ShowtimeDraft::movieSlug).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<Room> byId = rooms.withIds(
				requests.stream().map(ShowtimeDraft::roomId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<NamedRoom> byName = rooms.withNames(
				requests.stream().map(ShowtimeDraft::cinemaCode).filter(Objects::nonNull).collect(Collectors.toSet()));
		return new References(index(named, Movie::id), index(named, Movie::slug), index(byId, Room::id),
				index(byName, room -> room.cinemaCode() + "/" + room.room().name()));
	}

	private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity()));
	}

	/** The movies and rooms a schedule names, found in one query each. */
	private record References(Map<UUID, Movie> moviesById, Map<String, Movie> moviesBySlug,
			Map<UUID, Room> roomsById, Map<String, NamedRoom> roomsByName) {

		Movie movie(ShowtimeDraft request, List<FieldError> violations) {
			Movie movie = request.movieId() != null ? moviesById.get(request.movieId()) : moviesBySlug.get(request.movieSlug());
			if (movie == null) {
				violations.add(request.movieId() != null ? CatalogProblems.unknown("movieId", "movie", request.movieId())
						: CatalogProblems.unknown("movieSlug", "movie", request.movieSlug()));
			}
			return movie;
		}

		Room room(ShowtimeDraft request, List<FieldError> violations) {
			if (request.roomId() != null) {
				Room room = roomsById.get(request.roomId());
				if (room == null) {
					violations.add(CatalogProblems.unknown("roomId", "room", request.roomId()));
				}
				return room;
			}
			NamedRoom named = roomsByName.get(request.cinemaCode() + "/" + request.roomName());
			if (named == null) {
				violations.add(CatalogProblems.unknown("roomName", "room",
						"'" + request.roomName() + "' of cinema '" + request.cinemaCode() + "'"));
				return null;
			}
			return named.room();
		}
	}
}
