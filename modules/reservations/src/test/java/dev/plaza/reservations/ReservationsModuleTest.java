package dev.plaza.reservations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.reservations.application.SeatReservations;
import dev.plaza.reservations.persistence.TenantSettingsRepository;
import dev.plaza.venues.Price;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.application.VenueAdmin;
import dev.plaza.venues.domain.SeatMap;
import dev.plaza.venues.persistence.Cinema;
import dev.plaza.venues.persistence.City;
import dev.plaza.venues.persistence.CityRepository;
import dev.plaza.venues.persistence.Movie;
import dev.plaza.venues.persistence.Room;
import dev.plaza.venues.persistence.Showtime;
import dev.plaza.venues.persistence.ShowtimeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Seat holds on their own, as the API and orders use them: {@link SeatHolds} on a real PostgreSQL,
 * with the venues module whose showtimes they hold seats of. Module tests share one test instance,
 * so each test opens a cinema of its own: one showtime tomorrow in a room of seats A1 to A4, A4 blocked.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ReservationsModuleTest {

	@Autowired
	VenueAdmin venues;

	@Autowired
	SeatHolds holds;

	@Autowired
	SeatReservations reservations;

	@Autowired
	TenantSettingsRepository settings;

	@Autowired
	CityRepository cities;

	@Autowired
	ShowtimeRepository showtimes;

	@Autowired
	TransactionOperations transactions;

	@Test
	void aHoldIsAnnouncedWithItsSeatsAndExpiry(Scenario scenario) {
		Screening screening = new Screening();

		scenario.stimulate(tx -> screening.hold("ana", "A1", "A2"))
			.andWaitForEventOfType(SeatsHeld.class)
			.matching(event -> event.tenant().equals(screening.tenant))
			.toArriveAndVerify((event, hold) -> {
				assertThat(event.holdId()).isEqualTo(hold.id());
				assertThat(event.showtimeId()).isEqualTo(screening.showtime);
				assertThat(event.seats()).containsExactly("A1", "A2");
				assertThat(event.customer()).isEqualTo("ana");
				assertThat(event.expiresAt()).isAfter(Instant.now());
			});
	}

	@Test
	void aSeatHeldOrBlockedIsNotHeldAgainAndNothingElseIsHeldEither() {
		Screening screening = new Screening();
		screening.hold("ana", "A1", "A2");

		assertThatThrownBy(() -> screening.hold("bob", "A2", "A3")).isInstanceOfSatisfying(Problem.class, refusal -> {
			assertThat(refusal.type().slug()).isEqualTo("seats-unavailable");
			assertThat(refusal.properties()).containsEntry("seats", List.of("A2"));
		});
		assertThatThrownBy(() -> screening.hold("bob", "A4")).isInstanceOfSatisfying(Problem.class,
				refusal -> assertThat(refusal.type().slug()).isEqualTo("seats-unavailable"));

		assertThat(screening.hold("bob", "A3").seats()).as("A3 was left free by the refused hold").containsExactly("A3");
	}

	@Test
	void aHoldIsSoldOnceHoweverOftenItIsSoldAndStaysSold(Scenario scenario) {
		Screening screening = new Screening();
		SeatHold hold = screening.hold("ana", "A1");

		scenario.stimulate(tx -> screening.as(() -> {
			holds.sell(hold.id());
			return holds.sell(hold.id());
		}))
			.andWaitForStateChange(() -> screening.statusOf(hold), status -> status == HoldStatus.SOLD)
			.andVerifyEvents(events -> assertThat(events.ofType(SeatsSold.class).matching(event -> event.holdId().equals(hold.id())))
				.singleElement()
				.satisfies(sold -> assertThat(sold.seats()).containsExactly("A1")));

		TenantContext.runAs(screening.tenant, () -> holds.release(hold.id()));
		assertThat(screening.statusOf(hold)).isEqualTo(HoldStatus.SOLD);
	}

	@Test
	void aReleasedHoldFreesItsSeatsAndCannotBeSold(Scenario scenario) {
		Screening screening = new Screening();
		SeatHold hold = screening.hold("ana", "A1", "A2");

		scenario.stimulate((tx, events) -> {
			TenantContext.runAs(screening.tenant, () -> holds.release(hold.id()));
		})
			.andWaitForEventOfType(SeatsReleased.class)
			.matching(event -> event.holdId().equals(hold.id()))
			.toArriveAndVerify(event -> assertThat(event.seats()).containsExactly("A1", "A2"));

		assertThatThrownBy(() -> screening.as(() -> holds.sell(hold.id()))).isInstanceOfSatisfying(Problem.class,
				refusal -> assertThat(refusal.type().slug()).isEqualTo("hold-released"));
		assertThat(screening.hold("bob", "A1", "A2").status()).isEqualTo(HoldStatus.ACTIVE);
	}

	@Test
	void aCancelledShowtimeReleasesItsHolds(Scenario scenario) {
		Screening screening = new Screening();
		SeatHold hold = screening.hold("ana", "A1");

		scenario.publish(new ShowtimeCancelled(screening.tenant, screening.showtime))
			.andWaitForStateChange(() -> screening.statusOf(hold), status -> status == HoldStatus.RELEASED)
			.andExpect(SeatsReleased.class)
			.matching(event -> event.holdId().equals(hold.id()))
			.toArrive();
	}

	/** A tenant with one showtime tomorrow, in a room whose seats are A1, A2, A3 and the blocked A4. */
	private final class Screening {

		final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

		final ShowtimeId showtime = new ShowtimeId(Ids.newId());

		Screening() {
			UUID city = Ids.newId(), cinema = Ids.newId(), room = Ids.newId(), movie = Ids.newId();
			Instant startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
			SeatMap seatMap = new SeatMap(List.of(new SeatMap.Row("A", List.of(standard("A1"), standard("A2"), standard("A3"),
					standard("A4")))), List.of("A4"));
			TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
				cities.add(new City(city, "madrid", "Madrid", "ES", "Europe/Madrid"));
				venues.addCinema(new Cinema(cinema, "gran-via", "Gran Vía", city, "Gran Vía 1", 40.42, -3.70));
				venues.addRoom(new Room(room, cinema, "Sala 1", RoomType.TWO_D, seatMap));
				venues.addMovie(new Movie(movie, "la-plaza", "La plaza", "La plaza", "A square, a day.", List.of(), List.of("drama"),
						100, "12", LocalDate.of(2026, 1, 9), List.of("es"), null, List.of()));
				showtimes.insert(List.of(new Showtime(showtime.value(), movie, room, startsAt, startsAt.plus(Duration.ofHours(2)),
						"es", "2D", Map.of(SeatKind.STANDARD, new Price(950, Currency.getInstance("EUR"))), false)));
			}));
		}

		SeatHold hold(String customer, String... seats) {
			return as(() -> reservations.hold(showtime, List.of(seats), customer, "box-office", settings.current()));
		}

		HoldStatus statusOf(SeatHold hold) {
			return as(() -> holds.find(hold.id()).orElseThrow().status());
		}

		<T> T as(Supplier<T> work) {
			return TenantContext.callAs(tenant, work);
		}

		private static SeatMap.SeatSpec standard(String label) {
			return new SeatMap.SeatSpec(label, "standard");
		}
	}
}
