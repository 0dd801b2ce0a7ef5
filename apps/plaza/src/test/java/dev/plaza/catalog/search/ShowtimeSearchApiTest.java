package dev.plaza.catalog.search;

import static dev.plaza.catalog.search.ShowtimeSearchCalls.counts;
import static dev.plaza.catalog.search.ShowtimeSearchCalls.ids;
import static dev.plaza.catalog.search.ShowtimeSearchCalls.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Customers search a chain's showtimes: free text forgiving typos and accents, exact filters, facet
 * counts that let them switch a filter, and pages in start order.
 */
@PlazaTest
class ShowtimeSearchApiTest {

	@Autowired
	PlazaClient plaza;

	ShowtimeSearchCalls chain;

	@BeforeEach
	void aChainWithFiveShowtimes() {
		chain = new ShowtimeSearchCalls(plaza);
	}

	@Test
	void aTypoInATitleOrANameStillFindsTheMovie() {
		JsonNode typo = chain.found("q=Interstelar");
		JsonNode castTypo = chain.found("q=hathway");

		assertThat(ids(typo)).containsExactly(chain.interstellarImaxMexicoDay1, chain.interstellar2dMexicoDay1,
				chain.interstellar2dMadridDay2);
		assertThat(ids(castTypo)).isEqualTo(ids(typo));
		assertThat(chain.found("q=interst").get("total").asLong()).as("the start of a word").isEqualTo(3);
		assertThat(chain.found("q=Intergalactic").get("total").asLong()).as("too many typos").isZero();
	}

	@Test
	void accentsAndCaseDoNotMatterButLabelsKeepThem() {
		JsonNode amelie = chain.found("q=amelie");

		assertThat(ids(amelie)).containsExactly(chain.amelie2dMadridDay1, chain.amelieImaxMexicoDay2);
		assertThat(ids(chain.found("q=AM%C3%89LIE"))).isEqualTo(ids(amelie));
		assertThat(ids(chain.found("q=destin%20poulain"))).as("words of the original title").isEqualTo(ids(amelie));
		assertThat(ids(chain.found("q=amelie%20hathaway"))).as("every word must match").isEmpty();
		assertThat(labels(amelie, "city")).containsEntry("ciudad-de-mexico", "Ciudad de México");
		assertThat(labels(amelie, "movie")).containsExactly(Map.entry("amelie", "Amélie"));
		JsonNode first = amelie.get("items").get(0);
		assertThat(first.get("movie").get("title").asString()).isEqualTo("Amélie");
		assertThat(first.get("city").get("name").asString()).isEqualTo("Madrid");
		assertThat(first.get("cinema").get("code").asString()).isEqualTo("MAD-01");
		assertThat(first.get("room").get("type").asString()).isEqualTo("2D");
		assertThat(first.get("localDate").asString()).isEqualTo(chain.day1.toString());
		assertThat(first.get("language").asString()).isEqualTo("fr");
		assertThat(first.get("prices").get("standard").get("amount").asLong()).isEqualTo(950);
	}

	@Test
	void everyFilterIsExactAndFiltersCombine() {
		assertThat(ids(chain.found("city=madrid"))).containsExactly(chain.amelie2dMadridDay1, chain.interstellar2dMadridDay2);
		assertThat(ids(chain.found("cinema=MEX-01"))).containsExactly(chain.interstellarImaxMexicoDay1,
				chain.interstellar2dMexicoDay1, chain.amelieImaxMexicoDay2);
		assertThat(ids(chain.found("roomType=IMAX"))).containsExactly(chain.interstellarImaxMexicoDay1,
				chain.amelieImaxMexicoDay2);
		assertThat(ids(chain.found("date=" + chain.day2))).containsExactly(chain.amelieImaxMexicoDay2,
				chain.interstellar2dMadridDay2);
		assertThat(ids(chain.found("movie=amelie"))).containsExactly(chain.amelie2dMadridDay1, chain.amelieImaxMexicoDay2);
		assertThat(ids(chain.found("language=en"))).containsExactly(chain.interstellarImaxMexicoDay1,
				chain.interstellar2dMadridDay2);
		assertThat(ids(chain.found("city=ciudad-de-mexico&movie=interstellar&roomType=2D")))
			.containsExactly(chain.interstellar2dMexicoDay1);
		assertThat(chain.found("city=mexico").get("total").asLong()).as("a slug is matched whole").isZero();
	}

	@Test
	void facetsCountWhatChoosingAnotherValueWouldFind() {
		JsonNode all = chain.found("");
		JsonNode inMadrid = chain.found("city=madrid");
		JsonNode ameliesInMadrid = chain.found("city=madrid&movie=amelie");

		assertThat(counts(all, "city")).containsExactly(Map.entry("ciudad-de-mexico", 3L), Map.entry("madrid", 2L));
		assertThat(counts(all, "roomType")).containsExactly(Map.entry("2D", 3L), Map.entry("IMAX", 2L));
		assertThat(counts(all, "date")).as("in calendar order")
			.containsExactly(Map.entry(chain.day1.toString(), 3L), Map.entry(chain.day2.toString(), 2L));
		assertThat(counts(all, "language")).containsOnly(Map.entry("en", 2L), Map.entry("fr", 2L), Map.entry("es", 1L));
		assertThat(labels(all, "cinema")).containsOnly(Map.entry("MEX-01", "Cinépolis Reforma"),
				Map.entry("MAD-01", "Cine Callao"));
		assertThat(counts(inMadrid, "city")).as("other cities stay to switch to")
			.containsExactly(Map.entry("ciudad-de-mexico", 3L), Map.entry("madrid", 2L));
		assertThat(counts(inMadrid, "movie")).containsOnly(Map.entry("amelie", 1L), Map.entry("interstellar", 1L));
		assertThat(counts(inMadrid, "cinema")).containsExactly(Map.entry("MAD-01", 2L));
		assertThat(ameliesInMadrid.get("total").asLong()).isEqualTo(1);
		assertThat(counts(ameliesInMadrid, "city")).containsOnly(Map.entry("ciudad-de-mexico", 1L), Map.entry("madrid", 1L));
		assertThat(counts(ameliesInMadrid, "movie")).containsOnly(Map.entry("amelie", 1L), Map.entry("interstellar", 1L));
		assertThat(counts(ameliesInMadrid, "date")).containsExactly(Map.entry(chain.day1.toString(), 1L));
	}

	@Test
	void aCursorWalksEveryHitOnceInStartOrder() {
		List<UUID> walked = new ArrayList<>();
		List<Instant> starts = new ArrayList<>();
		String query = "limit=2";
		int pages = 0;
		while (query != null) {
			JsonNode page = chain.found(query);
			assertThat(page.get("total").asLong()).isEqualTo(5);
			walked.addAll(ids(page));
			page.get("items").forEach(item -> starts.add(Instant.parse(item.get("startsAt").asString())));
			pages++;
			query = page.get("nextCursor").isNull() ? null : "limit=2&cursor=" + page.get("nextCursor").asString();
		}

		assertThat(pages).isEqualTo(3);
		assertThat(walked).doesNotHaveDuplicates().hasSize(5).isEqualTo(ids(chain.found("limit=100")));
		assertThat(starts).isSorted();
		assertThat(chain.found("").get("items")).as("20 by default, here all").hasSize(5);
	}

	@Test
	void anotherTenantsShowtimesNeverShowNotEvenInCounts() {
		ShowtimeSearchCalls other = new ShowtimeSearchCalls(plaza);

		JsonNode mine = chain.found("q=interstellar");

		assertThat(mine.get("total").asLong()).isEqualTo(3);
		assertThat(ids(mine)).doesNotContainAnyElementsOf(ids(other.found("")));
		assertThat(counts(mine, "city")).containsOnly(Map.entry("ciudad-de-mexico", 2L), Map.entry("madrid", 1L));
		assertThat(counts(chain.found(""), "movie")).containsOnly(Map.entry("interstellar", 3L), Map.entry("amelie", 2L));
	}

	@Test
	void visitorsSearchOnTheStorefrontDomainWithoutAToken() {
		String domain = plaza.serveStorefrontAt(chain.catalog.tenant.value().toString(),
				"search-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost");

		PlazaClient.Response anonymous = plaza.getAt(domain, ShowtimeSearchCalls.SEARCH + "?q=interstellar", null);
		PlazaClient.Response unknownHost = plaza.getAt("nobody." + domain, ShowtimeSearchCalls.SEARCH, null);

		assertThat(anonymous.status()).as(anonymous.text()).isEqualTo(200);
		assertThat(ids(anonymous.json())).isEqualTo(ids(chain.found("q=interstellar")));
		assertThat(anonymous.header("Cache-Control")).contains("max-age=5", "public");
		PlazaClient.Response revalidated = plaza.send(HttpRequest
			.newBuilder(plaza.uri(ShowtimeSearchCalls.SEARCH + "?q=interstellar"))
			.header("Host", domain)
			.header("If-None-Match", anonymous.header("ETag")));
		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(unknownHost.problemType()).isEqualTo("unknown-storefront");
	}
}
