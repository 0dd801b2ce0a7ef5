package dev.plaza.venues.remote;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;

/** {@link Showtimes} of catalog-service, for a service that does not hold the catalog. */
final class RemoteShowtimes implements Showtimes {

	private final ShowtimesApi catalog;

	RemoteShowtimes(ShowtimesApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<ShowtimeSeating> seating(ShowtimeId id) {
		return Optional.ofNullable(catalog.seating(id.value()));
	}

	@Override
	public boolean scheduled(ShowtimeId id) {
		return catalog.scheduled(id.value());
	}

	@Override
	public List<ShowtimeListing> listings(Collection<ShowtimeId> ids) {
		return ids.isEmpty() ? List.of() : catalog.listings(ids.stream().map(ShowtimeId::value).toList());
	}

	@Override
	public List<ShowtimeListing> listingsAfter(Optional<ShowtimeId> after, int limit) {
		return catalog.listingsAfter(after.map(ShowtimeId::value).orElse(null), limit);
	}

	@Override
	public List<ShowtimeListing> listingsOfMovie(MovieId movie) {
		return catalog.listingsOfMovie(movie.value());
	}

	@Override
	public List<ShowtimeListing> listingsOfCinema(CinemaId cinema) {
		return catalog.listingsOfCinema(cinema.value());
	}

	@Override
	public List<ShowtimeListing> listingsOfCity(CityId city, Instant from, Instant to) {
		return catalog.listingsOfCity(city.value(), from, to);
	}
}
