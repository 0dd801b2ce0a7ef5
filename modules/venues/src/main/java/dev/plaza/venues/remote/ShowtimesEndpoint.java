package dev.plaza.venues.remote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import org.springframework.web.bind.annotation.RestController;

/** Serves the catalog's {@link Showtimes} to the other services, for the tenant their call names. */
@RestController
class ShowtimesEndpoint implements ShowtimesApi {

	private final Showtimes showtimes;

	ShowtimesEndpoint(Showtimes showtimes) {
		this.showtimes = showtimes;
	}

	@Override
	public ShowtimeSeating seating(UUID id) {
		return showtimes.seating(new ShowtimeId(id)).orElse(null);
	}

	@Override
	public boolean scheduled(UUID id) {
		return showtimes.scheduled(new ShowtimeId(id));
	}

	@Override
	public List<ShowtimeListing> listings(List<UUID> ids) {
		return showtimes.listings(ids.stream().map(ShowtimeId::new).toList());
	}

	@Override
	public List<ShowtimeListing> listingsAfter(UUID after, int limit) {
		return showtimes.listingsAfter(Optional.ofNullable(after).map(ShowtimeId::new), limit);
	}

	@Override
	public List<ShowtimeListing> listingsOfMovie(UUID movie) {
		return showtimes.listingsOfMovie(new MovieId(movie));
	}

	@Override
	public List<ShowtimeListing> listingsOfCinema(UUID cinema) {
		return showtimes.listingsOfCinema(new CinemaId(cinema));
	}

	@Override
	public List<ShowtimeListing> listingsOfCity(UUID city, Instant from, Instant to) {
		return showtimes.listingsOfCity(new CityId(city), from, to);
	}
}
