package dev.plaza.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.plaza.platform.TenantId;
import dev.plaza.search.Facet;
import dev.plaza.search.SearchResult;
import dev.plaza.search.SearchResult.FacetCount;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.venues.CinemaId;
import dev.plaza.venues.CityId;
import dev.plaza.venues.MovieId;
import dev.plaza.venues.Price;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.RoomType;
import dev.plaza.venues.SeatKind;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facet counts of broad searches are kept per searcher: they must equal counting from scratch,
 * answer the same the second time, and change as soon as the index does. The catalog is large
 * enough that its broad queries pass {@link FacetedSearcher#BROAD}.
 */
class LuceneShowtimeSearchFacetsTest {

	private static final TenantId TENANT = new TenantId(UUID.randomUUID());

	private static final TenantId OTHER = new TenantId(UUID.randomUUID());

	private static final Instant MONDAY = Instant.parse("2030-01-07T10:00:00Z");

	@TempDir
	Path directory;

	private LuceneShowtimeSearch search;

	private final List<ShowtimeListing> catalog = new ArrayList<>();

	@BeforeEach
	void indexCatalog() throws Exception {
		search = new LuceneShowtimeSearch(directory, JsonMapper.builder().build());
		for (int i = 0; i < 12_000; i++) {
			catalog.add(listing(i));
		}
		search.index(TENANT, catalog);
		search.index(OTHER, List.of(listing(1), listing(2)));
	}

	@AfterEach
	void close() throws Exception {
		search.close();
	}

	@Test
	void broadSearchesCountLikeCountingFromScratchEveryTime() {
		List<Map<Facet, String>> searches = List.of(Map.of(), Map.of(Facet.CITY, "city-3"),
				Map.of(Facet.DATE, "2030-01-09"), Map.of(Facet.CITY, "city-3", Facet.ROOM_TYPE, "IMAX"),
				Map.of(Facet.LANGUAGE, "es", Facet.DATE, "2030-01-08", Facet.CINEMA, "C-07"));
		for (Map<Facet, String> filters : searches) {
			for (int time = 0; time < 2; time++) {
				SearchResult result = search.search(TENANT, query(filters));

				assertThat(result.total()).as("total of %s", filters).isEqualTo(matching(filters, null).count());
				for (Facet facet : Facet.values()) {
					assertThat(counts(result.facets().get(facet))).as("%s counted for %s", facet, filters)
						.isEqualTo(expectedCounts(filters, facet));
				}
			}
		}
	}

	@Test
	void keptCountsEndWhenTheIndexChanges() {
		Map<Facet, String> imax = Map.of(Facet.ROOM_TYPE, "IMAX");
		long before = search.search(TENANT, query(imax)).total();

		List<ShowtimeListing> added = new ArrayList<>();
		for (int i = 12_000; i < 12_050; i++) {
			added.add(listing(i));
		}
		search.index(TENANT, added);
		catalog.addAll(added);
		SearchResult after = search.search(TENANT, query(imax));

		assertThat(after.total()).isEqualTo(before + added.stream().filter(l -> l.room().type() == RoomType.IMAX).count());
		assertThat(counts(after.facets().get(Facet.ROOM_TYPE))).as("counted sideways over every showtime, kept before")
			.isEqualTo(expectedCounts(imax, Facet.ROOM_TYPE));
		assertThat(counts(after.facets().get(Facet.CITY))).isEqualTo(expectedCounts(imax, Facet.CITY));
	}

	private static ShowtimeQuery query(Map<Facet, String> filters) {
		return new ShowtimeQuery(Optional.empty(), filters, Optional.empty(), 20, Optional.empty());
	}

	/** Drill-sideways: every filter applies except the facet's own. */
	private Map<String, Long> expectedCounts(Map<Facet, String> filters, Facet facet) {
		return matching(filters, facet).collect(Collectors.groupingBy(facet::valueOf, Collectors.counting()));
	}

	private Stream<ShowtimeListing> matching(Map<Facet, String> filters, Facet except) {
		Predicate<ShowtimeListing> all = listing -> true;
		for (Map.Entry<Facet, String> filter : filters.entrySet()) {
			if (filter.getKey() != except) {
				all = all.and(listing -> filter.getKey().valueOf(listing).equals(filter.getValue()));
			}
		}
		return catalog.stream().filter(all);
	}

	private static Map<String, Long> counts(List<FacetCount> counts) {
		return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
	}

	/** Twenty cities of two cinemas, five room types, seven days, three languages, fifty movies. */
	private static ShowtimeListing listing(int i) {
		int city = i % 20;
		int cinema = city * 2 + (i / 20) % 2;
		RoomType type = RoomType.values()[(i / 40) % RoomType.values().length];
		int day = (i / 7) % 7;
		int movie = (i * 7) % 50;
		Instant startsAt = MONDAY.plus(day, ChronoUnit.DAYS).plus(i % 600, ChronoUnit.MINUTES);
		return new ShowtimeListing(new ShowtimeId(new UUID(1, i)), startsAt, startsAt.plus(2, ChronoUnit.HOURS),
				LocalDate.ofInstant(startsAt, ZoneOffset.UTC), List.of("es", "en", "pt").get(i % 3), "2D",
				new ShowtimeListing.Room(new RoomId(new UUID(2, cinema * 5L + type.ordinal())), "Room " + type.code(), type),
				new ShowtimeListing.Cinema(new CinemaId(new UUID(3, cinema)), "C-%02d".formatted(cinema), "Cinema " + cinema),
				new ShowtimeListing.City(new CityId(new UUID(4, city)), "city-" + city, "City " + city, ZoneOffset.UTC),
				new ShowtimeListing.Movie(new MovieId(new UUID(5, movie)), "movie-" + movie, "Movie " + movie, "Movie " + movie,
						List.of("Actor " + movie), List.of("drama"), "12", 120),
				Map.of(SeatKind.STANDARD, new Price(950, Currency.getInstance("EUR"))));
	}
}
