package dev.plaza.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A showtime with everything a search index or a listing page shows about it, denormalized.
 * {@code localDate} is the day it starts in its city's time zone, the day a customer would say; the
 * city's {@code timeZone} is the cinema's, in which times are shown to customers.
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

	/** @param timeZone where the city's cinemas are, such as {@code Europe/Madrid} */
	public record City(CityId id, String slug, String name, ZoneId timeZone) {
	}

	public record Movie(MovieId id, String slug, String title, String originalTitle, List<String> cast,
			List<String> genres, String ageRating, int durationMinutes) {

		public Movie {
			cast = List.copyOf(cast);
			genres = List.copyOf(genres);
		}
	}
}
