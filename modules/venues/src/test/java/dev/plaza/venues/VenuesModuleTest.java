package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.venues.application.Scheduling;
import dev.plaza.venues.application.ShowtimeDraft;
import dev.plaza.venues.application.VenueAdmin;
import dev.plaza.venues.application.ShowtimeAdmin;
import dev.plaza.venues.domain.CatalogRule;
import dev.plaza.venues.domain.SeatMap;
import dev.plaza.venues.persistence.Cinema;
import dev.plaza.venues.persistence.City;
import dev.plaza.venues.persistence.CityRepository;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.Room;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Venues on its own, as reservations, search and the storefront see it: showtimes scheduled and
 * cancelled by the tenant's staff, the events that tell the other modules, and {@link Showtimes} and
 * {@link PublicCatalog} answering for the tenant bound to the call. Module tests share one test
 * instance, so each test opens a tenant and a cinema of its own.
 */
@ApplicationModuleTest
class VenuesModuleTest {

	/** Far enough ahead that no showtime of these tests has started while they run. */
	private static final Instant TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

	@Autowired
	Showtimes showtimes;

	@Autowired
	PublicCatalog catalog;

	@Autowired
	Scheduling scheduling;

	@Autowired
	ShowtimeAdmin admin;

	@Autowired
	VenueAdmin venues;

	@Autowired
	CityRepository cities;

	@Test
	void showtimesScheduledTogetherAreAnnouncedTogetherWithTheirSeats(Scenario scenario) {
		TenantId tenant = newTenant();
		TenantContext.runAs(tenant, () -> {
			Venue venue = openVenue();

			List<ShowtimeDraft> evening = List.of(showtime(venue, TOMORROW), showtime(venue, TOMORROW.plus(Duration.ofHours(3))));

			scenario.stimulate(() -> scheduling.schedule(evening))
				.andWaitForEventOfType(ShowtimesScheduled.class)
				.matching(event -> event.tenant().equals(tenant))
				.toArriveAndVerify((event, outcome) -> {
					assertThat(outcome.refused()).isEmpty();
					assertThat(event.showtimes()).hasSize(2).isEqualTo(outcome.scheduled());
					assertThat(showtimes.seating(event.showtimes().getFirst())).hasValueSatisfying(seating -> {
						assertThat(seating.startsAt()).isEqualTo(TOMORROW);
						// The movie's 100 minutes and the room's cleaning.
						assertThat(seating.endsAt()).isEqualTo(TOMORROW.plus(Duration.ofMinutes(115)));
						assertThat(seating.seats()).containsExactly(new Seat("A1", "A", SeatKind.STANDARD, false),
								new Seat("A2", "A", SeatKind.STANDARD, true), new Seat("A3", "A", SeatKind.WHEELCHAIR, false));
					});
				});
		});
	}

	@Test
	void aScheduleTakingABookedRoomIsRefusedWhole() {
		TenantContext.runAs(newTenant(), () -> {
			Venue venue = openVenue();
			ShowtimeId booked = scheduling.schedule(List.of(showtime(venue, TOMORROW))).scheduled().getFirst();

			Scheduling.Outcome outcome = scheduling.schedule(
					List.of(showtime(venue, TOMORROW.plus(Duration.ofHours(5))), showtime(venue, TOMORROW.plus(Duration.ofHours(1)))));

			assertThat(outcome.scheduled()).isEmpty();
			assertThat(outcome.refused()).containsOnlyKeys(1);
			assertThat(outcome.refused().get(1)).extracting(FieldError::field, FieldError::rule)
				.containsExactly(Tuple.tuple("startsAt", CatalogRule.OVERLAP));
			assertThat(showtimes.listingsOfMovie(venue.movie())).extracting(ShowtimeListing::id).containsExactly(booked);
		});
	}

	@Test
	void aCancelledShowtimeIsAnnouncedAndNoLongerSoldItsRoomFreeAgain(Scenario scenario) {
		TenantId tenant = newTenant();
		TenantContext.runAs(tenant, () -> {
			Venue venue = openVenue();
			ShowtimeId showtime = scheduling.schedule(List.of(showtime(venue, TOMORROW))).scheduled().getFirst();

			scenario.stimulate(() -> admin.cancel(showtime))
				.andWaitForEventOfType(ShowtimeCancelled.class)
				.matching(event -> event.showtime().equals(showtime))
				.toArriveAndVerify(event -> assertThat(event).isEqualTo(new ShowtimeCancelled(tenant, showtime)));

			assertThat(showtimes.scheduled(showtime)).isFalse();
			assertThat(showtimes.seating(showtime)).isEmpty();
			assertThat(scheduling.schedule(List.of(showtime(venue, TOMORROW))).scheduled()).hasSize(1);
		});
	}

	@Test
	void aNewMovieIsAnnouncedAndShownOnlyToItsOwnTenant(Scenario scenario) {
		TenantId tenant = newTenant();
		Movie movie = movie();

		TenantContext.runAs(tenant, () -> scenario.stimulate(() -> venues.addMovie(movie))
			.andWaitForEventOfType(MovieChanged.class)
			.matching(event -> event.tenant().equals(tenant))
			.toArriveAndVerify(event -> assertThat(event).isEqualTo(new MovieChanged(tenant, new MovieId(movie.id())))));

		TenantContext.runAs(tenant, () -> assertThat(catalog.movie(movie.slug())).hasValueSatisfying(
				found -> assertThat(found.title()).isEqualTo("The Long Night")));
		TenantContext.runAs(newTenant(), () -> {
			assertThat(catalog.movie(movie.slug())).isEmpty();
			assertThat(showtimes.listingsOfMovie(new MovieId(movie.id()))).isEmpty();
		});
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	/** A cinema with one room of three seats (the middle one blocked) and a movie of 100 minutes, as staff set them up. */
	private Venue openVenue() {
		City city = cities.add(new City(Ids.newId(), "madrid", "Madrid", "ES", "Europe/Madrid"));
		Cinema cinema = venues.addCinema(new Cinema(Ids.newId(), "MAD1", "Plaza Mayor", city.id(), "Calle Mayor 1", 40.4, -3.7));
		SeatMap seatMap = new SeatMap(List.of(new SeatMap.Row("A", List.of(new SeatMap.SeatSpec("A1", "standard"),
				new SeatMap.SeatSpec("A2", "standard"), new SeatMap.SeatSpec("A3", "wheelchair")))), List.of("A2"));
		Room room = venues.addRoom(new Room(Ids.newId(), cinema.id(), "Sala 1", RoomType.TWO_D, seatMap));
		return new Venue(room.id(), new MovieId(venues.addMovie(movie()).id()));
	}

	private static Movie movie() {
		return new Movie(Ids.newId(), "the-long-night", "The Long Night", "The Long Night", "A night that lasts.",
				List.of("Ana Torres"), List.of("drama"), 100, "12", LocalDate.of(2026, 1, 9), List.of("es"), null, List.of());
	}

	/** A showtime of the venue's movie in its room, as the tenant's staff ask for it. */
	private static ShowtimeDraft showtime(Venue venue, Instant startsAt) {
		Currency euro = Currency.getInstance("EUR");
		return new ShowtimeDraft(venue.movie().value(), null, venue.room(), null, null, startsAt, null, "es", null,
				Map.of(SeatKind.STANDARD, new Price(950, euro), SeatKind.WHEELCHAIR, new Price(700, euro)), List.of());
	}

	/** The room and movie of a tenant's cinema. */
	private record Venue(UUID room, MovieId movie) {
	}
}
