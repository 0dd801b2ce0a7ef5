package dev.plaza.venues.application;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.venues.CinemaChanged;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.RoomChanged;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.persistence.Cinema;
import dev.plaza.venues.persistence.CinemaRepository;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.MovieRepository;
import dev.plaza.venues.persistence.Room;
import dev.plaza.venues.persistence.RoomRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's staff open cinemas and rooms and keep their movies; each change is announced in its
 * transaction, so listings and the search index follow it.
 */
@Service
public class VenueAdmin {

	private final CinemaRepository cinemas;

	private final RoomRepository rooms;

	private final MovieRepository movies;

	private final ApplicationEventPublisher events;

	VenueAdmin(CinemaRepository cinemas, RoomRepository rooms, MovieRepository movies, ApplicationEventPublisher events) {
		this.cinemas = cinemas;
		this.rooms = rooms;
		this.movies = movies;
		this.events = events;
	}

	@Transactional
	public Cinema addCinema(Cinema cinema) {
		cinemas.add(cinema);
		events.publishEvent(new CinemaChanged(tenant(), new CinemaId(cinema.id())));
		return cinema;
	}

	@Transactional
	public Room addRoom(Room room) {
		rooms.add(room);
		events.publishEvent(new RoomChanged(tenant(), new RoomId(room.id())));
		return room;
	}

	@Transactional
	public Movie addMovie(Movie movie) {
		movies.add(movie);
		events.publishEvent(new MovieChanged(tenant(), new MovieId(movie.id())));
		return movie;
	}

	@Transactional
	public Movie replaceMovie(Movie movie) {
		movies.replace(movie);
		events.publishEvent(new MovieChanged(tenant(), new MovieId(movie.id())));
		return movie;
	}

	private static TenantId tenant() {
		return TenantContext.current().orElseThrow();
	}
}
