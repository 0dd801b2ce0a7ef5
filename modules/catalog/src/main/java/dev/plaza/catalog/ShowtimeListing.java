package dev.plaza.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A showtime with everything a search index or a listing page shows about it, denormalized.
 * {@code localDate} is the day it starts in its city's time zone, the day a customer would say.
 */
public record ShowtimeListing(ShowtimeId id, Instant startsAt, Instant endsAt, LocalDate localDate, String language,
		String format, Room room, Cinema cinema, City city, Movie movie, Map<SeatKind, Price> prices) {

	public ShowtimeListing {
		prices = Map.copyOf(prices);
	}

	public record Room(RoomId id, String name, RoomType type) {
	}

	public record Cinema(CinemaId id, String code, String name) {
	}

	public record City(CityId id, String slug, String name) {
	}

	public record Movie(MovieId id, String slug, String title, String originalTitle, List<String> cast,
			List<String> genres, String ageRating, int durationMinutes) {

		public Movie {
			cast = List.copyOf(cast);
			genres = List.copyOf(genres);
		}
	}
}
