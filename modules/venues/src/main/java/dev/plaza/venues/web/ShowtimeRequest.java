package dev.plaza.venues.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.Price;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.application.ShowtimeDraft;

/**
 * A showtime as a client asks for it, alone or as an item of a schedule. The movie is named by
 * id or slug, the room by id or by its cinema's code and its own name. Without {@code endsAt} the
 * room is taken for the running time plus cleaning. Only the shape is checked here.
 */
record ShowtimeRequest(UUID movieId, String movieSlug, UUID roomId, String cinemaCode, String roomName, Instant startsAt,
		Instant endsAt, String language, String format, Map<String, PriceRequest> prices) {

	private static final Pattern LANGUAGE = Pattern.compile(MovieController.LANGUAGE);

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	record PriceRequest(Long amount, String currency) {
	}

	/** The showtime to schedule, with what is wrong with its shape. */
	ShowtimeDraft draft() {
		List<FieldError> violations = violations();
		return new ShowtimeDraft(movieId, movieSlug, roomId, cinemaCode, roomName, startsAt, endsAt, language, format,
				violations.isEmpty() ? priceList() : Map.of(), violations);
	}

	private List<FieldError> violations() {
		List<FieldError> violations = new ArrayList<>();
		if ((movieId == null) == (movieSlug == null)) {
			violations.add(new FieldError("movieId", "name the movie with either movieId or movieSlug, not both"));
		}
		boolean byName = cinemaCode != null || roomName != null;
		if (roomId != null ? byName : cinemaCode == null || roomName == null) {
			violations.add(new FieldError("roomId", "name the room with either roomId, or cinemaCode and roomName"));
		}
		if (startsAt == null) {
			violations.add(new FieldError("startsAt", "is required: the instant the showtime starts, such as 2031-05-01T18:30:00Z"));
		}
		if (language == null || !LANGUAGE.matcher(language).matches()) {
			violations.add(new FieldError("language", "must be the language shown, as a tag such as es, en or pt-BR"));
		}
		if (format != null && (format.isBlank() || format.length() > 20)) {
			violations.add(new FieldError("format", "must be 1 to 20 characters, such as 3D; leave it out to use the room's type"));
		}
		checkPrices(violations);
		return violations;
	}

	private void checkPrices(List<FieldError> violations) {
		if (prices == null || prices.isEmpty()) {
			violations.add(new FieldError("prices", "must price each kind of seat the room sells, such as "
					+ "{\"standard\": {\"amount\": 950, \"currency\": \"EUR\"}}"));
			return;
		}
		prices.forEach((kind, price) -> {
			String field = "prices." + kind;
			if (SeatKind.fromCode(kind).isEmpty()) {
				violations.add(new FieldError(field, "is not a seat kind; use standard, wheelchair, companion or couple"));
			}
			if (price == null || price.amount() == null || price.amount() < 0) {
				violations.add(new FieldError(field + ".amount", "must be zero or more, in minor units of the currency (950 for 9.50)"));
			}
			// An immutable set refuses to be asked about null, so the missing currency is checked first.
			if (price == null || price.currency() == null || !CURRENCIES.contains(price.currency())) {
				violations.add(new FieldError(field + ".currency", "must be an ISO 4217 code such as EUR or MXN"));
			}
		});
	}

	/** The prices by seat kind; only for a request without violations. */
	private Map<SeatKind, Price> priceList() {
		Map<SeatKind, Price> list = new LinkedHashMap<>();
		prices.forEach((kind, price) -> list.put(SeatKind.fromCode(kind).orElseThrow(),
				new Price(price.amount(), Currency.getInstance(price.currency()))));
		return list;
	}
}
