package dev.plaza.storefront.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.plaza.platform.TenantId;
import dev.plaza.venues.PublicCatalog;
import dev.plaza.venues.PublicCatalog.City;
import dev.plaza.venues.PublicCatalog.Movie;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.Showtimes;
import org.springframework.stereotype.Component;

/** The catalog reads pages are made from, each kept in {@link PageModels} until its tenant's catalog changes. */
@Component
public class CatalogModels {

	private final PublicCatalog catalog;

	private final Showtimes showtimes;

	private final PageModels models;

	private final StorefrontProperties properties;

	private final Clock clock = Clock.systemUTC();

	CatalogModels(PublicCatalog catalog, Showtimes showtimes, PageModels models, StorefrontProperties properties) {
		this.catalog = catalog;
		this.showtimes = showtimes;
		this.models = models;
		this.properties = properties;
	}

	public List<City> cities(TenantId tenant) {
		return models.get(tenant, "cities", catalog::cities);
	}

	/**
	 * The city with its showtimes from yesterday to a day past the listed days (in UTC, which covers
	 * every time zone's today), kept per UTC day so that the span moves on each day.
	 */
	public Optional<CityCatalog> city(TenantId tenant, String slug) {
		LocalDate day = LocalDate.now(clock);
		return models.get(tenant, "city", new DailyKey(slug, day), () -> catalog.city(slug).map(city -> {
			Instant from = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			List<ShowtimeListing> listings = showtimes.listingsOfCity(city.id(), from,
					from.plus(Duration.ofDays(properties.days() + 2L)));
			return new CityCatalog(city, listings,
					catalog.movies(listings.stream().map(listing -> listing.movie().id()).distinct().toList())
						.stream()
						.collect(Collectors.toMap(Movie::id, Function.identity())),
					catalog.cinemasOf(city.id())
						.stream()
						.collect(Collectors.toMap(PublicCatalog.Cinema::id, Function.identity())));
		}));
	}

	public Optional<Movie> movie(TenantId tenant, String slug) {
		return models.get(tenant, "movie", slug, () -> catalog.movie(slug));
	}

	public Instant now() {
		return clock.instant();
	}

	private record DailyKey(String slug, LocalDate day) {
	}
}
