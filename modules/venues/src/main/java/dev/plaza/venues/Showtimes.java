package dev.plaza.venues;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the current tenant's showtimes for other modules. Cancelled showtimes are left out of
 * every answer: nothing can be sold for them any more.
 */
public interface Showtimes {

	/** The showtime's times and seats, or empty if the tenant has no such (uncancelled) showtime. */
	Optional<ShowtimeSeating> seating(ShowtimeId id);

	/** Whether the tenant has the showtime and has not cancelled it: {@link #seating} without reading the room. */
	boolean scheduled(ShowtimeId id);

	/** Listings of those of the showtimes that exist, in no particular order. */
	List<ShowtimeListing> listings(Collection<ShowtimeId> ids);

	/**
	 * One page of every listing of the tenant in id order, for rebuilding a search index: start with
	 * {@code after} empty, then pass the last id of the previous page until a page comes back short.
	 */
	List<ShowtimeListing> listingsAfter(Optional<ShowtimeId> after, int limit);

	List<ShowtimeListing> listingsOfMovie(MovieId movie);

	List<ShowtimeListing> listingsOfCinema(CinemaId cinema);

	/** Listings in the city's cinemas starting in [from, to), by start time. */
	List<ShowtimeListing> listingsOfCity(CityId city, Instant from, Instant to);
}
