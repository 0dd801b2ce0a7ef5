package dev.plaza.search;

import static dev.plaza.search.ShowtimeSearchCalls.counts;
import static dev.plaza.search.ShowtimeSearchCalls.ids;
import static dev.plaza.search.ShowtimeSearchCalls.labels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import dev.plaza.venues.ShowtimeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What customers and operators get from showtime search, whichever engine holds the index: each
 * engine's test runs every case here against the assembled app over HTTP. Customers search a chain's
 * showtimes with free text forgiving typos and accents, exact filters, facet counts that let them
 * switch a filter, and pages in start order; what the back office changes, they find (or no longer
 * find) within a second; a bad parameter is refused with a problem naming it and how to fix it; and
 * the index can be rebuilt from the catalog, for one tenant or all.
 */
abstract class ShowtimeSearchContract {

	static final String REBUILD = "/api/v1/search/index/rebuild";

	@Autowired
	PlazaClient plaza;

	@Autowired
	ShowtimeSearch search;

	private ShowtimeSearchCalls chain;

	/** A chain with five showtimes, made for the test that first asks for it. */
	ShowtimeSearchCalls chain() {
		if (chain == null) {
			chain = new ShowtimeSearchCalls(plaza);
		}
		return chain;
	}

	// Searching

	@Test
	void aTypoInATitleOrANameStillFindsTheMovie() {
		JsonNode typo = chain().found("q=Interstelar");
		JsonNode castTypo = chain().found("q=hathway");

		assertThat(ids(typo)).containsExactly(chain().interstellarImaxMexicoDay1, chain().interstellar2dMexicoDay1,
				chain().interstellar2dMadridDay2);
		assertThat(ids(castTypo)).isEqualTo(ids(typo));
		assertThat(chain().found("q=interst").get("total").asLong()).as("the start of a word").isEqualTo(3);
		assertThat(chain().found("q=Intergalactic").get("total").asLong()).as("too many typos").isZero();
	}

	@Test
	void accentsAndCaseDoNotMatterButLabelsKeepThem() {
		JsonNode amelie = chain().found("q=amelie");

		assertThat(ids(amelie)).containsExactly(chain().amelie2dMadridDay1, chain().amelieImaxMexicoDay2);
		assertThat(ids(chain().found("q=AM%C3%89LIE"))).isEqualTo(ids(amelie));
		assertThat(ids(chain().found("q=destin%20poulain"))).as("words of the original title").isEqualTo(ids(amelie));
		assertThat(ids(chain().found("q=amelie%20hathaway"))).as("every word must match").isEmpty();
		assertThat(labels(amelie, "city")).containsEntry("ciudad-de-mexico", "Ciudad de México");
		assertThat(labels(amelie, "movie")).containsExactly(Map.entry("amelie", "Amélie"));
		JsonNode first = amelie.get("items").get(0);
		assertThat(first.get("movie").get("title").asString()).isEqualTo("Amélie");
		assertThat(first.get("city").get("name").asString()).isEqualTo("Madrid");
		assertThat(first.get("cinema").get("code").asString()).isEqualTo("MAD-01");
		assertThat(first.get("room").get("type").asString()).isEqualTo("2D");
		assertThat(first.get("localDate").asString()).isEqualTo(chain().day1.toString());
		assertThat(first.get("language").asString()).isEqualTo("fr");
		assertThat(first.get("prices").get("standard").get("amount").asLong()).isEqualTo(950);
	}

	@Test
	void everyFilterIsExactAndFiltersCombine() {
		assertThat(ids(chain().found("city=madrid"))).containsExactly(chain().amelie2dMadridDay1, chain().interstellar2dMadridDay2);
		assertThat(ids(chain().found("cinema=MEX-01"))).containsExactly(chain().interstellarImaxMexicoDay1,
				chain().interstellar2dMexicoDay1, chain().amelieImaxMexicoDay2);
		assertThat(ids(chain().found("roomType=IMAX"))).containsExactly(chain().interstellarImaxMexicoDay1,
				chain().amelieImaxMexicoDay2);
		assertThat(ids(chain().found("date=" + chain().day2))).containsExactly(chain().amelieImaxMexicoDay2,
				chain().interstellar2dMadridDay2);
		assertThat(ids(chain().found("movie=amelie"))).containsExactly(chain().amelie2dMadridDay1, chain().amelieImaxMexicoDay2);
		assertThat(ids(chain().found("language=en"))).containsExactly(chain().interstellarImaxMexicoDay1,
				chain().interstellar2dMadridDay2);
		assertThat(ids(chain().found("city=ciudad-de-mexico&movie=interstellar&roomType=2D")))
			.containsExactly(chain().interstellar2dMexicoDay1);
		assertThat(chain().found("city=mexico").get("total").asLong()).as("a slug is matched whole").isZero();
	}

	@Test
	void facetsCountWhatChoosingAnotherValueWouldFind() {
		JsonNode all = chain().found("");
		JsonNode inMadrid = chain().found("city=madrid");
		JsonNode ameliesInMadrid = chain().found("city=madrid&movie=amelie");

		assertThat(counts(all, "city")).containsExactly(Map.entry("ciudad-de-mexico", 3L), Map.entry("madrid", 2L));
		assertThat(counts(all, "roomType")).containsExactly(Map.entry("2D", 3L), Map.entry("IMAX", 2L));
		assertThat(counts(all, "date")).as("in calendar order")
			.containsExactly(Map.entry(chain().day1.toString(), 3L), Map.entry(chain().day2.toString(), 2L));
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
		assertThat(counts(ameliesInMadrid, "date")).containsExactly(Map.entry(chain().day1.toString(), 1L));
	}

	@Test
	void aCursorWalksEveryHitOnceInStartOrder() {
		List<UUID> walked = new ArrayList<>();
		List<Instant> starts = new ArrayList<>();
		String query = "limit=2";
		int pages = 0;
		while (query != null) {
			JsonNode page = chain().found(query);
			assertThat(page.get("total").asLong()).isEqualTo(5);
			walked.addAll(ids(page));
			page.get("items").forEach(item -> starts.add(Instant.parse(item.get("startsAt").asString())));
			pages++;
			query = page.get("nextCursor").isNull() ? null : "limit=2&cursor=" + page.get("nextCursor").asString();
		}

		assertThat(pages).isEqualTo(3);
		assertThat(walked).doesNotHaveDuplicates().hasSize(5).isEqualTo(ids(chain().found("limit=100")));
		assertThat(starts).isSorted();
		assertThat(chain().found("").get("items")).as("20 by default, here all").hasSize(5);
	}

	@Test
	void anotherTenantsShowtimesNeverShowNotEvenInCounts() {
		ShowtimeSearchCalls other = new ShowtimeSearchCalls(plaza);

		JsonNode mine = chain().found("q=interstellar");

		assertThat(mine.get("total").asLong()).isEqualTo(3);
		assertThat(ids(mine)).doesNotContainAnyElementsOf(ids(other.found("")));
		assertThat(counts(mine, "city")).containsOnly(Map.entry("ciudad-de-mexico", 2L), Map.entry("madrid", 1L));
		assertThat(counts(chain().found(""), "movie")).containsOnly(Map.entry("interstellar", 3L), Map.entry("amelie", 2L));
	}

	@Test
	void visitorsSearchOnTheStorefrontDomainWithoutAToken() {
		String domain = plaza.serveStorefrontAt(chain().catalog.tenant.value().toString(),
				"search-" + UUID.randomUUID().toString().substring(0, 8) + ".localhost");

		Response anonymous = plaza.getAt(domain, ShowtimeSearchCalls.SEARCH + "?q=interstellar", null);
		Response unknownHost = plaza.getAt("nobody." + domain, ShowtimeSearchCalls.SEARCH, null);

		assertThat(anonymous.status()).as(anonymous.text()).isEqualTo(200);
		assertThat(ids(anonymous.json())).isEqualTo(ids(chain().found("q=interstellar")));
		assertThat(anonymous.header("Cache-Control")).contains("max-age=5", "public");
		Response revalidated = plaza.send(HttpRequest
			.newBuilder(plaza.uri(ShowtimeSearchCalls.SEARCH + "?q=interstellar"))
			.header("Host", domain)
			.header("If-None-Match", anonymous.header("ETag")));
		assertThat(revalidated.status()).isEqualTo(304);
		assertThat(unknownHost.problemType()).isEqualTo("unknown-storefront");
	}

	// Following the catalog

	@Test
	void aNewShowtimeIsFoundWithinASecond() {
		UUID late = chain().schedule(chain().interstellar, chain().mexicoImax, ShowtimeSearchCalls.at(chain().day2, 20), "es");

		assertThat(ids(chain().awaitTotal("movie=interstellar", 4))).endsWith(late);
	}

	@Test
	void aCancelledShowtimeIsNoLongerFound() {
		Response cancelled = chain().catalog.cancel(chain().amelie2dMadridDay1);

		assertThat(cancelled.status()).isEqualTo(204);
		assertThat(ids(chain().awaitTotal("q=amelie", 1))).containsExactly(chain().amelieImaxMexicoDay2);
	}

	@Test
	void theBackOfficeCanRebuildItsTenantsIndex() {
		Response rebuilt = plaza.post(ShowtimeSearchCalls.SEARCH + "/rebuild", chain().catalog.token, null, "");
		Response withoutScope = plaza.post(ShowtimeSearchCalls.SEARCH + "/rebuild",
				CatalogCalls.newTenant(plaza, "tenant:read").token, null, "");

		assertThat(rebuilt.status()).as(rebuilt.text()).isEqualTo(200);
		assertThat(rebuilt.json().get("indexed").asLong()).isEqualTo(5);
		assertThat(chain().found("").get("total").asLong()).isEqualTo(5);
		assertThat(withoutScope.status()).isEqualTo(403);
	}

	// Refusing bad parameters

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			limit=0                  | limit     | from 1 to 100
			limit=1000               | limit     | from 1 to 100
			limit=ten                | limit     | from 1 to 100
			date=2026-13-40          | date      | YYYY-MM-DD
			roomType=5D              | roomType  | 2D, 3D, 4D, IMAX, VIP
			cursor=not-a-cursor      | cursor    | nextCursor unchanged
			city=Ciudad%20de%20Mexico | city     | city slug such as ciudad-de-mexico
			cinema=MEX%2001          | cinema    | cinema code
			language=Spanish         | language  | language tag
			""")
	void aBadParameterIsRefusedWithHowToFixIt(String query, String parameter, String advice) {
		Response refused = plaza.get(ShowtimeSearchCalls.SEARCH + "?" + query, tenantToken());

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("parameter").asString()).isEqualTo(parameter);
		assertThat(refused.json().get("detail").asString()).contains("'" + parameter + "'", advice);
	}

	@ParameterizedTest
	@CsvSource({ "201, at most 200 characters", "11, at most 10 words" })
	void anOverlongTextIsRefused(int size, String advice) {
		String text = size > 100 ? "a".repeat(size) : "word%20".repeat(size);
		Response refused = plaza.get(ShowtimeSearchCalls.SEARCH + "?q=" + text, tenantToken());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-parameter");
		assertThat(refused.json().get("detail").asString()).contains("'q'", advice);
	}

	// Rebuilding from the catalog

	@Test
	void theOperatorRebuildsTheWholeIndexAndSeesItFinish() {
		search.remove(chain().catalog.tenant, List.of(new ShowtimeId(chain().amelie2dMadridDay1)));
		assertThat(chain().found("").get("total").asLong()).as("the index lost a showtime").isEqualTo(4);

		Response accepted = startRebuild();

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.json().get("state").asString()).isEqualTo("RUNNING");
		String location = accepted.header("Location");
		assertThat(location).startsWith("/api/v1/search/index/rebuilds/");
		JsonNode finished = awaitFinished(location);
		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(finished.get("indexed").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(finished.get("finishedAt").isNull()).isFalse();
		assertThat(ids(chain().found("q=amelie"))).containsExactly(chain().amelie2dMadridDay1, chain().amelieImaxMexicoDay2);
	}

	@Test
	void aRetriedRebuildRequestStartsNoSecondRebuild() {
		awaitFinished(startRebuild().header("Location"));
		String key = UUID.randomUUID().toString();

		Response first = plaza.post(REBUILD, plaza.adminToken(), null, "", "Idempotency-Key", key);
		Response retried = plaza.post(REBUILD, plaza.adminToken(), null, "", "Idempotency-Key", key);

		assertThat(first.status()).as(first.text()).isEqualTo(202);
		assertThat(retried.status()).as(retried.text()).isEqualTo(202);
		assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
		assertThat(awaitFinished(first.header("Location")).get("state").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void onlyThePlatformOperatorRebuildsTheWholeIndex() {
		Response tenantAdmin = plaza.post(REBUILD, chain().catalog.token, null, "");
		Response anonymous = plaza.post(REBUILD, null, null, "");

		assertThat(tenantAdmin.status()).isEqualTo(403);
		assertThat(tenantAdmin.header("Content-Type")).startsWith("application/problem+json");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void followingARebuildThatDoesNotExistIsAProblem() {
		Response unknown = plaza.get("/api/v1/search/index/rebuilds/" + UUID.randomUUID(), plaza.adminToken());
		Response malformed = plaza.get("/api/v1/search/index/rebuilds/yesterday", plaza.adminToken());

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.problemType()).isEqualTo("not-found");
		assertThat(unknown.json().get("detail").asString()).contains("Location");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemType()).isEqualTo("invalid-parameter");
		assertThat(malformed.json().get("parameter").asString()).isEqualTo("id");
	}

	/** One rebuild runs at a time: if another is running (such as the one at start-up), it is refused with a link to it. */
	private Response startRebuild() {
		Response response = plaza.post(REBUILD, plaza.adminToken(), null, "");
		while (response.status() == 409) {
			assertThat(response.problemType()).isEqualTo("search-rebuild-running");
			awaitFinished("/api/v1/search/index/rebuilds/" + response.json().get("rebuild").asString());
			response = plaza.post(REBUILD, plaza.adminToken(), null, "");
		}
		return response;
	}

	private JsonNode awaitFinished(String location) {
		String token = plaza.adminToken();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> !plaza.get(location, token).json().get("state").asString().equals("RUNNING"));
		return plaza.get(location, token).json();
	}

	/** Search is public; a tenant's token stands for the tenant a storefront's host names. */
	private String tenantToken() {
		return CatalogCalls.newTenant(plaza, "tenant:read").token;
	}
}
