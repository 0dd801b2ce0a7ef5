package dev.plaza.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.venues.RoomType;

/**
 * The search endpoint's query parameters as sent, all optional. {@link #toQuery(Instant)} checks
 * them and refuses a bad one with a problem saying how to fix it.
 */
public record SearchParameters(String q, String city, String cinema, String roomType, String date, String movie,
		String language, String limit, String cursor) {

	public static final int MAX_TEXT_LENGTH = 200;

	/** Each word is matched with typos allowed, which costs; more words than this narrow nothing further. */
	public static final int MAX_WORDS = 10;

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CINEMA_CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private static final Pattern WORDS = Pattern.compile("\\s+");

	/** An empty parameter, as forms send for a field left blank, is no filter. */
	public SearchParameters {
		q = blankAsNull(q);
		city = blankAsNull(city);
		cinema = blankAsNull(cinema);
		roomType = blankAsNull(roomType);
		date = blankAsNull(date);
		movie = blankAsNull(movie);
		language = blankAsNull(language);
		limit = blankAsNull(limit);
		cursor = blankAsNull(cursor);
	}

	/**
	 * The query these parameters ask for. Without a date only showtimes that have not started by
	 * the minute of {@code now} are found (so searches within one minute ask the same question and
	 * share its facet counts); with a date, every showtime of that day in its city.
	 */
	public ShowtimeQuery toQuery(Instant now) {
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		put(filters, Facet.CITY, matching("city", city, SLUG, "a city slug such as ciudad-de-mexico"));
		put(filters, Facet.CINEMA, matching("cinema", cinema, CINEMA_CODE, "a cinema code such as MAD-01"));
		put(filters, Facet.ROOM_TYPE, parsedRoomType());
		put(filters, Facet.DATE, parsedDate());
		put(filters, Facet.MOVIE, matching("movie", movie, SLUG, "a movie slug such as interstellar"));
		put(filters, Facet.LANGUAGE, matching("language", language, LANGUAGE, "a language tag such as es, en or pt-BR"));
		return new ShowtimeQuery(parsedText(), filters, filters.containsKey(Facet.DATE) ? Optional.empty()
				: Optional.of(now.truncatedTo(ChronoUnit.MINUTES)),
				parsedLimit(), parsedCursor());
	}

	private Optional<String> parsedText() {
		if (q == null) {
			return Optional.empty();
		}
		String text = q.strip();
		if (text.length() > MAX_TEXT_LENGTH) {
			throw invalid("q", "must be at most " + MAX_TEXT_LENGTH + " characters; search for a title or a name");
		}
		if (WORDS.split(text).length > MAX_WORDS) {
			throw invalid("q", "must have at most " + MAX_WORDS + " words; search for a title or a name");
		}
		return Optional.of(text);
	}

	private Optional<String> parsedRoomType() {
		if (roomType == null) {
			return Optional.empty();
		}
		return RoomType.fromCode(roomType.toUpperCase(Locale.ROOT)).map(RoomType::code).or(() -> {
			throw invalid("roomType", "must be one of " + Arrays.stream(RoomType.values()).map(RoomType::code)
				.collect(Collectors.joining(", ")));
		});
	}

	private Optional<String> parsedDate() {
		if (date == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(date).toString());
		}
		catch (DateTimeParseException ex) {
			throw invalid("date", "must be a day as YYYY-MM-DD, such as 2030-01-31");
		}
	}

	private int parsedLimit() {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int size = Integer.parseInt(limit);
			if (size >= 1 && size <= MAX_LIMIT) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// answered below like any other number out of range
		}
		throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
	}

	private Optional<SearchCursor> parsedCursor() {
		if (cursor == null) {
			return Optional.empty();
		}
		return SearchCursor.decode(cursor).or(() -> {
			throw invalid("cursor", "is not one this API gave out; pass the previous page's nextCursor unchanged, "
					+ "or leave it out to start from the first page");
		});
	}

	private static Optional<String> matching(String parameter, String value, Pattern pattern, String what) {
		if (value == null) {
			return Optional.empty();
		}
		if (!pattern.matcher(value).matches()) {
			throw invalid(parameter, "must be " + what);
		}
		return Optional.of(value);
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static void put(Map<Facet, String> filters, Facet facet, Optional<String> value) {
		value.ifPresent(v -> filters.put(facet, v));
	}

	private static Problem invalid(String parameter, String rule) {
		return new Problem(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + rule + ".",
				Map.of("parameter", parameter));
	}
}
