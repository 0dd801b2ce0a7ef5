package dev.plaza.storefront.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.plaza.storefront.application.CityCatalog;
import dev.plaza.venues.PublicCatalog.Cinema;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.ShowtimeListing;

/**
 * Showtimes grouped the way a cinema-goer scans them: by cinema, then by room type (IMAX, 3D…), then
 * by day, each time with its language and format. Times are the city's local times.
 */
record Showings(Cinema cinema, List<Rooms> rooms) {

	record Rooms(String type, List<Day> days) {
	}

	record Day(String date, String label, List<Time> times) {
	}

	/** @param showtime the showtime's id, which its page is named by */
	record Time(String dateTime, String label, String language, String format, String showtime) {
	}

	/** The showings of one movie among these listings, cinema by cinema. */
	static List<Showings> of(List<ShowtimeListing> listings, CityCatalog catalog, Locale locale) {
		ZoneId zone = catalog.city().timeZone();
		DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEE d MMM", locale);
		DateTimeFormatter timeLabel = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		return group(listings, listing -> listing.cinema().id(), (cinema, ofCinema) -> new Showings(
				catalog.cinema(cinema).orElseThrow(),
				group(ofCinema, listing -> listing.room().type(), (RoomType type, List<ShowtimeListing> ofType) -> new Rooms(
						type.code(), group(ofType, ShowtimeListing::localDate, (LocalDate day, List<ShowtimeListing> ofDay) -> new Day(
								day.toString(), dayLabel.format(day), ofDay.stream()
									.map(listing -> new Time(listing.startsAt().atZone(zone).toOffsetDateTime().toString(),
											timeLabel.format(listing.startsAt().atZone(zone)), listing.language(),
											listing.format(), listing.id().toString()))
									.toList()))))));
	}

	/** Groups in the order of first appearance, which keeps start-time order within each group. */
	private static <K, T> List<T> group(List<ShowtimeListing> listings, Function<ShowtimeListing, K> key,
			BiFunction<K, List<ShowtimeListing>, T> toGroup) {
		Map<K, List<ShowtimeListing>> groups = new LinkedHashMap<>();
		listings.forEach(listing -> groups.computeIfAbsent(key.apply(listing), k -> new ArrayList<>()).add(listing));
		return groups.entrySet().stream().map(group -> toGroup.apply(group.getKey(), group.getValue())).toList();
	}
}
