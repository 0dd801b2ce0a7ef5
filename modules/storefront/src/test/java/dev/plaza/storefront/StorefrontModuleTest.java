package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.storefront.application.CatalogModels;
import dev.plaza.storefront.application.CityCatalog;
import dev.plaza.storefront.application.PageModels;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.Price;
import dev.plaza.venues.PublicCatalog;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.application.ShowtimeAdmin;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The storefront's catalog on its own: what its pages are made from ({@link CatalogModels}), kept
 * for hours and read anew when the venues module announces a change, with the venues module it
 * reads and the tenancy module that names its sites. The pages themselves are rendered over HTTP
 * in the apps' tests. Module tests share one test instance, so each test opens a cinema of its own.
 * Every module it depends on starts too: its loan pages need the lending module, and lending its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
// Lending and payments start with the loan and checkout pages and want a credit bureau's and a card processor's
// address; these tests never apply for a loan nor pay.
@TestPropertySource(properties = { "plaza.lending.bureau.url=http://127.0.0.1:9/never-called",
		"plaza.payments.processor-url=http://127.0.0.1:9/never-called", "plaza.payments.api-key=never-used" })
class StorefrontModuleTest {

	@Autowired
	VenueAdmin venues;

	@Autowired
	CatalogModels catalog;

	@Autowired
	PageModels models;

	@Autowired
	ShowtimeAdmin showtimeAdmin;

	@Autowired
	CityRepository cities;

	@Autowired
	ShowtimeRepository showtimes;

	@Autowired
	TransactionOperations transactions;

	@Test
	void aCityListsItsUpcomingShowtimesAndTheirMovies(Scenario scenario) {
		Venue venue = opened(scenario);
		ShowtimeId showtime = venue.showtimeTomorrow();

		CityCatalog city = venue.city();

		assertThat(city.upcoming(Instant.now(), 7)).extracting(ShowtimeListing::id).containsExactly(showtime);
		assertThat(city.moviesOf(city.listings())).extracting(PublicCatalog.Movie::title).containsExactly("Interstellar");
	}

	@Test
	void aCancelledShowtimeLeavesTheCityPageOnceVenuesAnnounceIt(Scenario scenario) {
		Venue venue = opened(scenario);
		ShowtimeId cancelled = venue.showtimeTomorrow();
		assertThat(venue.city().listings()).extracting(ShowtimeListing::id).containsExactly(cancelled);
		// Stored without the event the venues module would publish: the kept page model does not show it.
		ShowtimeId unannounced = venue.showtimeTomorrow();
		assertThat(venue.city().listings()).extracting(ShowtimeListing::id).containsExactly(cancelled);

		scenario.stimulate((tx, events) -> {
			TenantContext.runAs(venue.tenant, () -> showtimeAdmin.cancel(cancelled));
		})
			.andWaitForStateChange(() -> venue.city().listings(), listings -> !listings.isEmpty()
					&& listings.stream().noneMatch(listing -> listing.id().equals(cancelled)))
			.andVerify(listings -> assertThat(listings).extracting(ShowtimeListing::id).containsExactly(unannounced));
	}

	@Test
	void aRenamedMovieShowsUnderItsNewTitle(Scenario scenario) {
		Venue venue = opened(scenario);
		assertThat(venue.movie().title()).isEqualTo("Interstellar");

		scenario.stimulate(tx -> venue.as(() -> venues.replaceMovie(venue.movieNamed("Solaris"))))
			.andWaitForStateChange(() -> venue.movie().title(), "Solaris"::equals)
			.andVerify(title -> assertThat(title).isEqualTo("Solaris"));
	}

	@Test
	void anotherTenantsChangeLeavesThisTenantsPagesAsTheyWere(Scenario scenario) {
		Venue venue = opened(scenario);
		long kept = models.generation(venue.tenant);
		TenantId other = TenantId.of(UUID.randomUUID().toString());

		scenario.publish(new MovieChanged(other, new MovieId(Ids.newId())))
			.andWaitForStateChange(() -> models.generation(other), generation -> generation == 1)
			.andVerify(generation -> assertThat(models.generation(venue.tenant)).isEqualTo(kept));
		assertThat(TenantContext.callAs(other, () -> catalog.city(other, "madrid"))).as("nor sees its city").isEmpty();
	}

	/**
	 * A new tenant's cinema, once the storefront has followed every change announced while opening
	 * it (a cinema, a room and a movie): what is read after this is kept until the next change.
	 */
	private Venue opened(Scenario scenario) {
		Venue venue = new Venue();
		scenario.stimulate((tx, events) -> {
			venue.open();
		}).andWaitForStateChange(() -> models.generation(venue.tenant), generation -> generation == 3).andVerify(generation -> {
			assertThat(generation).isEqualTo(3);
		});
		return venue;
	}

	/** A tenant's cinema in Madrid with one room, showing one movie. */
	private final class Venue {

		final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

		final UUID room = Ids.newId();

		final UUID movie = Ids.newId();

		private int showtimesStored;

		void open() {
			UUID city = Ids.newId(), cinema = Ids.newId();
			SeatMap seatMap = new SeatMap(List.of(new SeatMap.Row("A", List.of(new SeatMap.SeatSpec("A1", "standard")))), List.of());
			TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx -> {
				cities.add(new City(city, "madrid", "Madrid", "ES", "Europe/Madrid"));
				venues.addCinema(new Cinema(cinema, "gran-via", "Gran Vía", city, "Gran Vía 1", 40.42, -3.70));
				venues.addRoom(new Room(room, cinema, "Sala 1", RoomType.TWO_D, seatMap));
				venues.addMovie(movieNamed("Interstellar"));
			}));
		}

		Movie movieNamed(String title) {
			return new Movie(movie, "the-movie", title, title, "Space and time.", List.of("Matthew McConaughey"),
					List.of("sci-fi"), 169, "12", LocalDate.of(2014, 11, 7), List.of("en"), null, List.of());
		}

		/** Stores a showtime tomorrow, a few hours after the last one, without announcing it. */
		ShowtimeId showtimeTomorrow() {
			ShowtimeId id = new ShowtimeId(Ids.newId());
			Instant startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
				.plus(Duration.ofHours(4L * showtimesStored++));
			as(() -> transactions.execute(tx -> {
				showtimes.insert(List.of(new Showtime(id.value(), movie, room, startsAt, startsAt.plus(Duration.ofHours(3)), "en",
						"2D", Map.of(SeatKind.STANDARD, new Price(950, Currency.getInstance("EUR"))), false)));
				return id;
			}));
			return id;
		}

		CityCatalog city() {
			return as(() -> catalog.city(tenant, "madrid")).orElseThrow();
		}

		PublicCatalog.Movie movie() {
			return as(() -> catalog.movie(tenant, "the-movie")).orElseThrow();
		}

		<T> T as(Supplier<T> work) {
			return TenantContext.callAs(tenant, work);
		}
	}
}
