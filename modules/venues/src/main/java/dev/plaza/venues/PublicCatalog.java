package dev.plaza.venues;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's catalog as its customers browse it: cities by the slugs in their addresses,
 * cinemas with where to find them, and movies with everything a movie page tells. What is showing
 * comes from {@link Showtimes}.
 */
public interface PublicCatalog {

	/** Every city of the tenant, by name. */
	List<City> cities();

	Optional<City> city(String slug);

	/** The city's cinemas, by name. */
	List<Cinema> cinemasOf(CityId city);

	Optional<Movie> movie(String slug);

	/** Those of the movies that exist, in no particular order. */
	List<Movie> movies(Collection<MovieId> ids);

	record City(CityId id, String slug, String name, String country, ZoneId timeZone) {
	}

	record Cinema(CinemaId id, String code, String name, String address, double latitude, double longitude) {
	}

	/** {@code posterUrl} is empty when the movie has no poster. */
	record Movie(MovieId id, String slug, String title, String originalTitle, String synopsis, List<String> cast,
			List<String> genres, int durationMinutes, String ageRating, LocalDate releaseDate, List<String> languages,
			Optional<String> posterUrl) {

		public Movie {
			cast = List.copyOf(cast);
			genres = List.copyOf(genres);
			languages = List.copyOf(languages);
		}
	}
}
