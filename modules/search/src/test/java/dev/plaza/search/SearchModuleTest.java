package dev.plaza.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.search.SearchResult.FacetCount;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.Price;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimesScheduled;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Showtime search on its own: the {@link ShowtimeSearch} port (the in-process Lucene index), and how
 * it follows the venues' events, with the venues module whose listings it reads and the tenancy
 * module it rebuilds for. Module tests share one test instance, so each test searches as a tenant
 * of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
// As every app does: the index lives in the app's home, here under target/.
@TestPropertySource(properties = "plaza.search.directory=${plaza.home}/search")
class SearchModuleTest {

	@Autowired
	VenueAdmin venues;

	@Autowired
	ShowtimeSearch search;

	@Autowired
	CityRepository cities;

	@Autowired
	ShowtimeRepository showtimes;

	@Autowired
	TransactionOperations transactions;

	@Test
	void aScheduledShowtimeIsFoundByItsTitleEvenMisspelt(Scenario scenario) {
		Venue venue = new Venue("Interstellar");
		ShowtimeId showtime = new ShowtimeId(Ids.newId());

		scenario.stimulate((tx, events) -> {
			venue.schedule(showtime, events);
		})
			.andWaitForStateChange(() -> venue.find("Interstelar").items(), items -> !items.isEmpty())
			.andVerify(items -> {
				assertThat(items).extracting(ShowtimeListing::id).containsExactly(showtime);
				assertThat(items.getFirst().movie().title()).isEqualTo("Interstellar");
				assertThat(items.getFirst().cinema().code()).isEqualTo("gran-via");
			});
	}

	@Test
	void aRenamedMovieIsFoundUnderItsNewTitle(Scenario scenario) {
		Venue venue = new Venue("Interstellar");
		ShowtimeId showtime = new ShowtimeId(Ids.newId());
		scenario.stimulate((tx, events) -> {
			venue.schedule(showtime, events);
		}).andWaitForStateChange(() -> venue.find("Interstellar").total(), total -> total == 1).andVerify(total -> assertThat(total).isOne());

		scenario.stimulate(tx -> TenantContext.callAs(venue.tenant, () -> venues.replaceMovie(venue.movie("Solaris"))))
			.andWaitForStateChange(() -> venue.find("Solaris").items(), items -> !items.isEmpty())
			.andVerify(items -> assertThat(items).extracting(ShowtimeListing::id).containsExactly(showtime));
		assertThat(venue.find("Interstellar").total()).as("the old title finds it no more").isZero();
	}

	@Test
	void aCancelledShowtimeIsFoundNoMore(Scenario scenario) {
		TenantId tenant = newTenant();
		ShowtimeListing listing = listing("Interstellar", "en");
		search.index(tenant, List.of(listing));
		assertThat(search.search(tenant, query("Interstellar", Map.of())).total()).isOne();

		scenario.publish(new ShowtimeCancelled(tenant, listing.id()))
			.andWaitForStateChange(() -> search.search(tenant, query("Interstellar", Map.of())).total(), total -> total == 0)
			.andVerify(total -> assertThat(total).isZero());
	}

	@Test
	void aFilterNarrowsTheResultsAndItsFacetCountsTheAlternatives() {
		TenantId tenant = newTenant();
		ShowtimeListing spanish = listing("Interstellar", "es");
		search.index(tenant, List.of(spanish, listing("Interstellar", "en")));

		SearchResult result = search.search(tenant, query("interstellar", Map.of(Facet.LANGUAGE, "es")));

		assertThat(result.items()).extracting(ShowtimeListing::id).containsExactly(spanish.id());
		assertThat(result.total()).isOne();
		assertThat(result.facets().get(Facet.LANGUAGE)).extracting(FacetCount::value, FacetCount::count)
			.containsExactlyInAnyOrder(tuple("es", 1L), tuple("en", 1L));
	}

	@Test
	void anotherTenantFindsNoneOfTheShowtimes() {
		TenantId tenant = newTenant();
		search.index(tenant, List.of(listing("Interstellar", "en")));

		assertThat(search.search(newTenant(), query("Interstellar", Map.of())).total()).isZero();
		assertThat(search.search(tenant, query("Interstellar", Map.of())).total()).isOne();
	}

	private static TenantId newTenant() {
		return TenantId.of(UUID.randomUUID().toString());
	}

	private static ShowtimeQuery query(String text, Map<Facet, String> filters) {
		return new ShowtimeQuery(Optional.of(text), filters, Optional.empty(), 20, Optional.empty());
	}

	/** A listing as the venues module publishes it, of a showtime tomorrow in Madrid. */
	private static ShowtimeListing listing(String title, String language) {
		Instant startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		ZoneId madrid = ZoneId.of("Europe/Madrid");
		return new ShowtimeListing(new ShowtimeId(Ids.newId()), startsAt, startsAt.plus(Duration.ofHours(3)),
				LocalDate.ofInstant(startsAt, madrid), language, "2D",
				new ShowtimeListing.Room(new RoomId(Ids.newId()), "Sala 1", RoomType.TWO_D),
				new ShowtimeListing.Cinema(new CinemaId(Ids.newId()), "gran-via", "Gran Vía"),
				new ShowtimeListing.City(new CityId(Ids.newId()), "madrid", "Madrid", madrid),
				new ShowtimeListing.Movie(new MovieId(Ids.newId()), "interstellar", title, title, List.of("Matthew McConaughey"),
						List.of("sci-fi"), "12", 169),
				Map.of(SeatKind.STANDARD, new Price(950, Currency.getInstance("EUR"))));
	}

	/** A tenant's cinema in Madrid with one room, and a movie to schedule in it. */
	private final class Venue {

		final TenantId tenant = newTenant();

		final UUID room = Ids.newId();

		final UUID movie = Ids.newId();

		Venue(String title) {
			UUID city = Ids.newId(), cinema = Ids.newId();
			SeatMap seatMap = new SeatMap(List.of(new SeatMap.Row("A", List.of(new SeatMap.SeatSpec("A1", "standard")))), List.of());
			TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
				cities.add(new City(city, "madrid", "Madrid", "ES", "Europe/Madrid"));
				venues.addCinema(new Cinema(cinema, "gran-via", "Gran Vía", city, "Gran Vía 1", 40.42, -3.70));
				venues.addRoom(new Room(room, cinema, "Sala 1", RoomType.TWO_D, seatMap));
				venues.addMovie(movie(title));
			}));
		}

		Movie movie(String title) {
			return new Movie(movie, "the-movie", title, title, "Space and time.", List.of("Matthew McConaughey"),
					List.of("sci-fi"), 169, "12", LocalDate.of(2014, 11, 7), List.of("en"), null, List.of());
		}

		/** Schedules the showtime tomorrow as the venues module does: stored and announced in one transaction. */
		void schedule(ShowtimeId showtime, ApplicationEventPublisher events) {
			Instant startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
			TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
				showtimes.insert(List.of(new Showtime(showtime.value(), movie, room, startsAt, startsAt.plus(Duration.ofHours(3)),
						"en", "2D", Map.of(SeatKind.STANDARD, new Price(950, Currency.getInstance("EUR"))), false)));
				events.publishEvent(new ShowtimesScheduled(tenant, List.of(showtime)));
			}));
		}

		SearchResult find(String text) {
			return search.search(tenant, query(text, Map.of()));
		}
	}
}
