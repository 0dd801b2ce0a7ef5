package dev.plaza.venues.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeId;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

	static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

	static final Duration MOVIE = Duration.ofMinutes(100);

	final RoomId room = new RoomId(UUID.randomUUID());

	final RoomId otherRoom = new RoomId(UUID.randomUUID());

	PlannedShowtime at(RoomId room, String hour) {
		Instant start = Instant.parse("2030-01-02T" + hour + ":00Z");
		return new PlannedShowtime(room, start, PlannedShowtime.defaultEnd(start, MOVIE), MOVIE, Set.of(SeatKind.STANDARD),
				Set.of(SeatKind.STANDARD));
	}

	@Test
	void showtimesOneAfterAnotherInARoomAreFine() {
		var violations = ScheduleRules.check(Map.of(0, at(room, "16:00"), 1, at(room, "17:55"), 2, at(otherRoom, "16:30")),
				List.of(), NOW);

		assertThat(violations).isEmpty();
	}

	@Test
	void overlappingItemsOfOneScheduleAreEachReportedNamingTheOther() {
		var violations = ScheduleRules.check(Map.of(0, at(room, "16:00"), 1, at(otherRoom, "16:00"), 2, at(room, "17:00")),
				List.of(), NOW);

		assertThat(violations.keySet()).containsExactly(0, 2);
		assertThat(violations.get(0)).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo(CatalogRule.OVERLAP);
			assertThat(v.reason()).contains("item 2");
		});
		assertThat(violations.get(2).getFirst().reason()).contains("item 0");
	}

	@Test
	void aShowtimeInsideALongerOneIsCaughtEvenAfterAShorterOneEnded() {
		PlannedShowtime marathon = new PlannedShowtime(room, Instant.parse("2030-01-02T10:00:00Z"),
				Instant.parse("2030-01-02T20:00:00Z"), MOVIE, Set.of(), Set.of());

		var violations = ScheduleRules.check(Map.of(0, marathon, 1, at(room, "11:00"), 2, at(room, "15:00")), List.of(), NOW);

		assertThat(violations.keySet()).containsExactly(0, 1, 2);
	}

	@Test
	void anOverlapWithABookedShowtimeNamesIt() {
		ShowtimeId booked = new ShowtimeId(UUID.randomUUID());
		List<BookedShowtime> existing = List.of(new BookedShowtime(booked, room, Instant.parse("2030-01-02T15:00:00Z"),
				Instant.parse("2030-01-02T16:30:00Z")), new BookedShowtime(new ShowtimeId(UUID.randomUUID()), room,
						Instant.parse("2030-01-02T12:00:00Z"), Instant.parse("2030-01-02T14:00:00Z")));

		var violations = ScheduleRules.check(Map.of(0, at(room, "16:00"), 1, at(room, "18:00"), 2, at(otherRoom, "16:00")),
				existing, NOW);

		assertThat(violations.keySet()).containsExactly(0);
		assertThat(violations.get(0).getFirst().reason()).contains(booked.toString());
	}

	@Test
	void aShowtimeMayStartExactlyWhenTheRoomIsFreed() {
		PlannedShowtime first = at(room, "16:00");
		PlannedShowtime next = new PlannedShowtime(room, first.endsAt(), first.endsAt().plus(MOVIE), MOVIE, Set.of(), Set.of());

		assertThat(ScheduleRules.check(Map.of(0, first, 1, next), List.of(), NOW)).isEmpty();
	}

	@Test
	void aShowtimeThatHasStartedIsInThePast() {
		PlannedShowtime started = new PlannedShowtime(room, NOW.minusSeconds(60), NOW.plus(MOVIE), MOVIE, Set.of(), Set.of());

		assertThat(ScheduleRules.check(Map.of(0, started), List.of(), NOW).get(0)).extracting(FieldError::rule)
			.containsExactly(CatalogRule.IN_THE_PAST);
	}

	@Test
	void everyKindOfSeatForSaleNeedsAPrice() {
		PlannedShowtime unpriced = new PlannedShowtime(room, NOW.plusSeconds(3600), NOW.plusSeconds(3600).plus(MOVIE), MOVIE,
				Set.of(SeatKind.STANDARD, SeatKind.WHEELCHAIR), Set.of(SeatKind.STANDARD, SeatKind.COUPLE));

		assertThat(ScheduleRules.check(Map.of(0, unpriced), List.of(), NOW).get(0)).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo(CatalogRule.MISSING_PRICE);
			assertThat(v.reason()).contains("wheelchair");
		});
	}

	@Test
	void theRoomMustBeTakenAtLeastForTheMovie() {
		Instant start = NOW.plusSeconds(3600);
		PlannedShowtime tooShort = new PlannedShowtime(room, start, start.plus(MOVIE).minusSeconds(60), MOVIE, Set.of(), Set.of());

		assertThat(ScheduleRules.check(Map.of(0, tooShort), List.of(), NOW).get(0)).extracting(FieldError::field)
			.containsExactly("endsAt");
	}
}
