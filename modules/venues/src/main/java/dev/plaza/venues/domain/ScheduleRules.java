package dev.plaza.venues.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.SeatKind;

/**
 * The rules a showtime must keep to be scheduled, applied to a whole schedule at once so that an
 * import can report every bad item: it starts in the future, lasts at least the movie, prices every
 * kind of seat its room sells, and takes its room for a time no other showtime — already booked or
 * elsewhere in the same schedule — takes it.
 */
public final class ScheduleRules {

	private ScheduleRules() {
	}

	/** The violations of each planned showtime, by its position in {@code planned}; only bad ones appear. */
	public static SortedMap<Integer, List<FieldError>> check(Map<Integer, PlannedShowtime> planned,
			List<BookedShowtime> booked, Instant now) {
		SortedMap<Integer, List<FieldError>> violations = new TreeMap<>();
		planned.forEach((index, showtime) -> {
			List<FieldError> found = new ArrayList<>();
			startsInTheFuture(showtime, now, found);
			lastsTheMovie(showtime, found);
			pricesEverySeatKind(showtime, found);
			if (!found.isEmpty()) {
				violations.put(index, found);
			}
		});
		noOverlapWithBooked(planned, booked).forEach((index, v) -> violations.computeIfAbsent(index, i -> new ArrayList<>()).add(v));
		noOverlapWithinSchedule(planned).forEach((index, v) -> violations.computeIfAbsent(index, i -> new ArrayList<>()).add(v));
		return violations;
	}

	static void startsInTheFuture(PlannedShowtime showtime, Instant now, List<FieldError> found) {
		if (!showtime.startsAt().isAfter(now)) {
			found.add(new FieldError("startsAt",
					"is " + showtime.startsAt() + ", which has passed; schedule showtimes that start in the future",
					CatalogRule.IN_THE_PAST));
		}
	}

	static void lastsTheMovie(PlannedShowtime showtime, List<FieldError> found) {
		Instant movieEnds = showtime.startsAt().plus(showtime.movie());
		if (showtime.endsAt().isBefore(movieEnds)) {
			found.add(new FieldError("endsAt", "is before the movie ends (" + movieEnds
					+ "); leave endsAt out to get the running time plus " + PlannedShowtime.CLEANING.toMinutes() + " minutes of cleaning"));
		}
	}

	static void pricesEverySeatKind(PlannedShowtime showtime, List<FieldError> found) {
		Set<SeatKind> missing = EnumSet.noneOf(SeatKind.class);
		missing.addAll(showtime.seatKinds());
		missing.removeAll(showtime.pricedKinds());
		if (!missing.isEmpty()) {
			found.add(new FieldError("prices", "has no price for "
					+ missing.stream().map(SeatKind::code).collect(Collectors.joining(", "))
					+ " seats, which the room has; add a price for each", CatalogRule.MISSING_PRICE));
		}
	}

	/** Booked showtimes never overlap one another, so only the last one starting before a planned one ends can overlap it. */
	static Map<Integer, FieldError> noOverlapWithBooked(Map<Integer, PlannedShowtime> planned, List<BookedShowtime> booked) {
		Map<RoomId, NavigableMap<Instant, BookedShowtime>> byRoom = new HashMap<>();
		booked.forEach(b -> byRoom.computeIfAbsent(b.room(), r -> new TreeMap<>()).put(b.startsAt(), b));
		Map<Integer, FieldError> violations = new TreeMap<>();
		planned.forEach((index, showtime) -> {
			var before = byRoom.getOrDefault(showtime.room(), new TreeMap<>()).lowerEntry(showtime.endsAt());
			if (before != null && showtime.overlaps(before.getValue().startsAt(), before.getValue().endsAt())) {
				BookedShowtime other = before.getValue();
				violations.put(index, new FieldError("startsAt", "overlaps showtime " + other.id()
						+ " in the same room (" + other.startsAt() + " to " + other.endsAt() + "); choose another time or room",
						CatalogRule.OVERLAP));
			}
		});
		return violations;
	}

	/** Sweeps each room's showtimes in start order, keeping the one that frees the room last. */
	static Map<Integer, FieldError> noOverlapWithinSchedule(Map<Integer, PlannedShowtime> planned) {
		Map<Integer, FieldError> violations = new TreeMap<>();
		Map<RoomId, List<Map.Entry<Integer, PlannedShowtime>>> byRoom = planned.entrySet().stream()
			.collect(Collectors.groupingBy(entry -> entry.getValue().room()));
		for (var showtimes : byRoom.values()) {
			showtimes.sort(Comparator.comparing((Map.Entry<Integer, PlannedShowtime> e) -> e.getValue().startsAt())
				.thenComparing(Map.Entry::getKey));
			Map.Entry<Integer, PlannedShowtime> latest = null;
			for (var current : showtimes) {
				if (latest != null && current.getValue().overlaps(latest.getValue().startsAt(), latest.getValue().endsAt())) {
					violations.putIfAbsent(current.getKey(), overlapWithin(latest.getKey()));
					violations.putIfAbsent(latest.getKey(), overlapWithin(current.getKey()));
				}
				if (latest == null || current.getValue().endsAt().isAfter(latest.getValue().endsAt())) {
					latest = current;
				}
			}
		}
		return violations;
	}

	private static FieldError overlapWithin(int otherIndex) {
		return new FieldError("startsAt",
				"overlaps item " + otherIndex + " of this schedule in the same room; choose another time or room for one of them",
				CatalogRule.OVERLAP);
	}
}
