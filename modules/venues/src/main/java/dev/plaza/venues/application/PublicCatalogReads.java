package dev.plaza.venues.application;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.PublicCatalog;
import dev.plaza.venues.persistence.Cinema;
import dev.plaza.venues.persistence.CinemaRepository;
import dev.plaza.venues.persistence.City;
import dev.plaza.venues.persistence.CityRepository;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.MovieRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published browsing reads, over the same stores the admin API writes. */
@Service
@Transactional(readOnly = true)
class PublicCatalogReads implements PublicCatalog {

	private final CityRepository cities;

	private final CinemaRepository cinemas;

	private final MovieRepository movies;

	PublicCatalogReads(CityRepository cities, CinemaRepository cinemas, MovieRepository movies) {
		this.cities = cities;
		this.cinemas = cinemas;
		this.movies = movies;
	}

	@Override
	public List<City> cities() {
		return cities.all().stream().map(PublicCatalogReads::city).toList();
	}

	/** A tenant has few cities: picking one from all of them costs less than a second statement to keep. */
	@Override
	public Optional<City> city(String slug) {
		return cities().stream().filter(city -> city.slug().equals(slug)).findFirst();
	}

	@Override
	public List<Cinema> cinemasOf(CityId city) {
		return cinemas.all(city.value())
			.stream()
			.map(cinema -> new Cinema(new CinemaId(cinema.id()), cinema.code(), cinema.name(), cinema.address(),
					cinema.latitude(), cinema.longitude()))
			.toList();
	}

	@Override
	public Optional<Movie> movie(String slug) {
		return movies.withIdsOrSlugs(List.of(), List.of(slug)).stream().map(PublicCatalogReads::movie).findFirst();
	}

	@Override
	public List<Movie> movies(Collection<MovieId> ids) {
		return movies.withIdsOrSlugs(ids.stream().map(MovieId::value).toList(), List.of())
			.stream()
			.map(PublicCatalogReads::movie)
			.toList();
	}

	private static City city(dev.plaza.venues.persistence.City city) {
		return new City(new CityId(city.id()), city.slug(), city.name(), city.country(), ZoneId.of(city.timeZone()));
	}

	private static Movie movie(dev.plaza.venues.persistence.Movie movie) {
		return new Movie(new MovieId(movie.id()), movie.slug(), movie.title(), movie.originalTitle(), movie.synopsis(),
				movie.cast(), movie.genres(), movie.durationMinutes(), movie.ageRating(), movie.releaseDate(),
				movie.languages(), Optional.ofNullable(movie.posterUrl()));
	}
}
