package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.TenantContext;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import dev.plaza.support.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What other modules get from the catalog: events after each change, through the outbox, and the
 * published {@link Showtimes} reads that seat holds, search and the storefront are built on.
 */
@PlazaTest
class CatalogEventsAndPublishedApiTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	RecordedEvents events;

	@Autowired
	Showtimes showtimes;

	CatalogCalls catalog;

	UUID movie;

	UUID room;

	Instant evening = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(46));

	@BeforeEach
	void aCinemaWithARoomAndAMovie() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		movie = catalog.movie();
		room = catalog.room();
	}

	@Test
	void eachChangeIsPublishedWithItsTenant() {
		UUID cinema = UUID.fromString(catalog.get("/rooms/" + room).json().get("cinemaId").asString());
		UUID showtime = CatalogCalls.created(catalog.schedule(movie, room, evening));
		plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/catalog/showtimes/" + showtime))
			.header("Authorization", "Bearer " + catalog.token).DELETE());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOfThisTenant()).containsExactlyInAnyOrder(
				new MovieChanged(catalog.tenant, new MovieId(movie)), new CinemaChanged(catalog.tenant, new CinemaId(cinema)),
				new RoomChanged(catalog.tenant, new RoomId(room)),
				new ShowtimesScheduled(catalog.tenant, List.of(new ShowtimeId(showtime))),
				new ShowtimeCancelled(catalog.tenant, new ShowtimeId(showtime))));
	}

	@Test
	void aRefusedScheduleIsNotPublished() {
		catalog.schedule(movie, room, Instant.now().minusSeconds(60));
		UUID scheduled = CatalogCalls.created(catalog.schedule(movie, room, evening));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOfThisTenant())
			.filteredOn(ShowtimesScheduled.class::isInstance)
			.containsExactly(new ShowtimesScheduled(catalog.tenant, List.of(new ShowtimeId(scheduled)))));
	}

	@Test
	void seatingListsEverySeatOfTheRoomWithBlockedOnesMarked() {
		ShowtimeId showtime = new ShowtimeId(CatalogCalls.created(catalog.schedule(movie, room, evening)));

		ShowtimeSeating seating = TenantContext.callAs(catalog.tenant, () -> showtimes.seating(showtime)).orElseThrow();
		Optional<ShowtimeSeating> elsewhere = TenantContext.callAs(CatalogCalls.newTenant(plaza, "catalog:write").tenant,
				() -> showtimes.seating(showtime));

		assertThat(seating.startsAt()).isEqualTo(evening);
		assertThat(seating.endsAt()).isEqualTo(evening.plus(Duration.ofMinutes(135)));
		assertThat(seating.seats()).hasSize(6).first().isEqualTo(new Seat("A1", "A", SeatKind.WHEELCHAIR, false));
		assertThat(seating.seats()).filteredOn(Seat::blocked).extracting(Seat::label).containsExactly("A4");
		assertThat(elsewhere).as("another tenant's showtime").isEmpty();
	}

	@Test
	void aListingCarriesEverythingASearchIndexShows() {
		ShowtimeId showtime = new ShowtimeId(CatalogCalls.created(catalog.schedule(movie, room, evening)));

		ShowtimeListing listing = TenantContext.callAs(catalog.tenant, () -> showtimes.listings(List.of(showtime)))
			.getFirst();

		assertThat(listing.id()).isEqualTo(showtime);
		assertThat(listing.localDate()).isEqualTo(LocalDate.ofInstant(evening, ZoneId.of("Europe/Madrid")));
		assertThat(listing.language()).isEqualTo("es");
		assertThat(listing.room()).isEqualTo(new ShowtimeListing.Room(new RoomId(room), "Sala 1", RoomType.IMAX));
		assertThat(listing.cinema().code()).startsWith("MAD-");
		assertThat(listing.city().slug()).startsWith("madrid-");
		assertThat(listing.movie().id()).isEqualTo(new MovieId(movie));
		assertThat(listing.movie().originalTitle()).isEqualTo("The Original");
		assertThat(listing.movie().cast()).containsExactly("Ana Torrent");
		assertThat(listing.movie().durationMinutes()).isEqualTo(120);
		assertThat(listing.prices().get(SeatKind.COUPLE)).isEqualTo(new Price(1800, Currency.getInstance("EUR")));
	}

	@Test
	void listingsArePagedByIdAndFoundByMovieAndCinemaButNotOnceCancelled() {
		List<ShowtimeId> scheduled = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			scheduled.add(new ShowtimeId(CatalogCalls.created(catalog.schedule(movie, room, evening.plus(Duration.ofDays(i))))));
		}
		plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/catalog/showtimes/" + scheduled.getLast()))
			.header("Authorization", "Bearer " + catalog.token).DELETE());
		CinemaId cinema = new CinemaId(UUID.fromString(catalog.get("/rooms/" + room).json().get("cinemaId").asString()));

		List<ShowtimeId> paged = TenantContext.callAs(catalog.tenant, () -> {
			List<ShowtimeId> all = new ArrayList<>();
			List<ShowtimeListing> page = showtimes.listingsAfter(Optional.empty(), 2);
			while (!page.isEmpty()) {
				page.forEach(listing -> all.add(listing.id()));
				page = page.size() < 2 ? List.of() : showtimes.listingsAfter(Optional.of(page.getLast().id()), 2);
			}
			return all;
		});

		List<ShowtimeId> expected = scheduled.subList(0, 4).stream().sorted().toList();
		assertThat(paged).containsExactlyElementsOf(expected);
		assertThat(TenantContext.callAs(catalog.tenant, () -> showtimes.listingsOfMovie(new MovieId(movie))))
			.extracting(ShowtimeListing::id).containsExactlyElementsOf(scheduled.subList(0, 4));
		assertThat(TenantContext.callAs(catalog.tenant, () -> showtimes.listingsOfCinema(cinema)))
			.extracting(ShowtimeListing::id).containsExactlyElementsOf(scheduled.subList(0, 4));
	}

	private List<Object> eventsOfThisTenant() {
		return events.catalogEvents().stream().filter(event -> event.toString().contains(catalog.tenant.toString())).toList();
	}
}
