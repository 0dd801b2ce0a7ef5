package dev.plaza.storefront.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.plaza.venues.CinemaId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.PublicCatalog.Cinema;
import dev.plaza.venues.PublicCatalog.City;
import dev.plaza.venues.PublicCatalog.Movie;
import dev.plaza.venues.ShowtimeListing;

/**
 * A city with its showtimes over a span of days, the movies they show and the cinemas they are in:
 * everything the city's pages and its movies' pages are made from.
 */
public record CityCatalog(City city, List<ShowtimeListing> listings, Map<MovieId, Movie> movies,
		Map<CinemaId, Cinema> cinemas) {

	public CityCatalog {
		listings = List.copyOf(listings);
		movies = Map.copyOf(movies);
		cinemas = Map.copyOf(cinemas);
	}

	/** Showtimes not yet started, on the city's local days from today for {@code days} days, in start order. */
	public List<ShowtimeListing> upcoming(Instant now, int days) {
		LocalDate end = LocalDate.ofInstant(now, city.timeZone()).plusDays(days);
		return listings.stream()
			.filter(listing -> listing.startsAt().isAfter(now) && listing.localDate().isBefore(end))
			.toList();
	}

	/** The movies having showtimes among these, by title. */
	public List<Movie> moviesOf(List<ShowtimeListing> showing) {
		return showing.stream()
			.map(listing -> movies.get(listing.movie().id()))
			.filter(Objects::nonNull)
			.distinct()
			.sorted((a, b) -> a.title().compareToIgnoreCase(b.title()))
			.toList();
	}

	public Optional<Cinema> cinema(CinemaId id) {
		return Optional.ofNullable(cinemas.get(id));
	}
}
