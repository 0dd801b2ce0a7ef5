package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a search engine reads on each kind of storefront page: its head, its structured data, its images. */
@PlazaTest
class StorefrontSeoTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	StorefrontFixture store;

	@BeforeEach
	void aCinemaChainWithAStorefront() {
		store = new StorefrontFixture(plaza);
	}

	@Test
	void everyPageHasItsOwnTitleDescriptionCanonicalUrlAndPreview() {
		Set<String> descriptions = new HashSet<>();
		for (String path : List.of("/", store.cityPath(), store.moviePath())) {
			Response response = store.visit(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(MediaType.parseMediaType(response.header("Content-Type")))
				.isEqualTo(MediaType.parseMediaType("text/html; charset=UTF-8"));
			Document page = store.page(path);

			assertThat(page.select("title")).as(path).hasSize(1);
			assertThat(page.title()).as(path).isNotBlank();
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as(path).isNotBlank();
			assertThat(descriptions.add(description)).as("description of %s is its own", path).isTrue();
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(store.url(path));
			assertThat(og(page, "title")).isEqualTo(page.title());
			assertThat(og(page, "description")).isEqualTo(description);
			assertThat(og(page, "url")).isEqualTo(store.url(path));
			assertThat(og(page, "type")).isNotBlank();
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
			assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
		}
	}

	@Test
	void theHomePageListsTheCitiesForSearchEngines() {
		Document home = store.page("/");

		JsonNode list = structuredData(home).get(0);
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		assertThat(list.get("itemListElement").get(0).get("url").asString()).isEqualTo(store.url(store.cityPath()));
		assertThat(home.select("a[href=" + store.cityPath() + "]").text()).isEqualTo(store.cityName);
	}

	@Test
	void theCityPageListsItsMoviesWithTheirShowtimes() {
		Document city = store.page(store.cityPath());

		JsonNode list = structuredData(city).get(0);
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		assertThat(list.get("itemListElement").get(0).get("name").asString()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
		assertThat(list.get("itemListElement").get(0).get("url").asString()).isEqualTo(store.url(store.moviePath()));
		assertThat(city.select("h1").text()).contains(store.cityName);
		assertThat(city.select("h2 a").text()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
		assertThat(city.select(".cinema h3").text()).isEqualTo("Cine Callao");
		assertThat(city.select(".room").text()).isEqualTo("IMAX");
		assertThat(city.select("time.time").attr("datetime")).startsWith(
				store.showtime.atZone(ZoneId.of("Europe/Madrid")).toOffsetDateTime().toString().substring(0, 16));
	}

	@Test
	void theMoviePageDescribesTheMovieAndEachScreening() {
		Document page = store.page(store.moviePath());

		JsonNode graph = structuredData(page).get(0).get("@graph");
		JsonNode movie = graph.get(0);
		assertThat(movie.get("@type").asString()).isEqualTo("Movie");
		assertThat(movie.get("name").asString()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
		assertThat(movie.get("duration").asString()).isEqualTo("PT110M");
		assertThat(movie.get("actor").get(1).get("name").asString()).isEqualTo("Javier Cámara");
		assertThat(movie.get("image").asString()).isEqualTo(largePoster());
		JsonNode screening = graph.get(1);
		assertThat(graph).hasSize(2);
		assertThat(screening.get("@type").asString()).isEqualTo("ScreeningEvent");
		assertThat(OffsetDateTime.parse(screening.get("startDate").asString()).toInstant()).isEqualTo(store.showtime);
		assertThat(screening.get("location").get("@type").asString()).isEqualTo("MovieTheater");
		assertThat(screening.get("location").get("name").asString()).isEqualTo("Cine Callao");
		assertThat(screening.get("location").get("address").get("streetAddress").asString()).isEqualTo("Plaza del Callao 3");
		assertThat(screening.get("workPresented").get("name").asString()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
		assertThat(screening.get("inLanguage").asString()).isEqualTo("es");
		List<String> offers = new ArrayList<>();
		screening.get("offers").forEach(offer -> offers.add(offer.get("category").asString() + " "
				+ offer.get("price").asString() + " " + offer.get("priceCurrency").asString()));
		assertThat(offers).containsExactlyInAnyOrder("couple 18.00 EUR", "standard 9.50 EUR", "wheelchair 7.00 EUR");
		assertThat(og(page, "image")).as("absolute, large, JPEG").isEqualTo(largePoster());
		assertThat(og(page, "type")).isEqualTo("video.movie");
		assertThat(page.select("h1").text()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
		assertThat(page.text()).contains("Two strangers share one night in Seville.", "Ana Torrent, Javier Cámara",
				"110 min", "drama, romance");
	}

	@Test
	void aTitleHoldingScriptMarkupCannotBreakOutOfTheStructuredData() {
		Document page = store.page(store.moviePath());

		assertThat(page.select("script")).as("no script but the JSON-LD").hasSize(1);
		assertThat(page.select("script").first().data()).doesNotContain("</script>", "<script>");
	}

	@Test
	void postersAreResponsiveLazyImagesOverRenditions() {
		for (String path : List.of(store.cityPath(), store.moviePath())) {
			Element poster = store.page(path).selectFirst("img");

			String p = store.poster;
			assertThat(poster.attr("src")).as(path).isEqualTo(p + "320w.jpg");
			assertThat(poster.attr("srcset")).as(path).isEqualTo(p + "320w.jpg 320w, " + p + "640w.jpg 640w, " + p + "1280w.jpg 1280w");
			assertThat(poster.parent().selectFirst("source[type=image/webp]").attr("srcset"))
				.isEqualTo(p + "320w.webp 320w, " + p + "640w.webp 640w, " + p + "1280w.webp 1280w");
			assertThat(poster.attr("sizes")).isNotBlank();
			assertThat(poster.attr("loading")).isEqualTo("lazy");
			assertThat(poster.attr("width")).isEqualTo("320");
			assertThat(poster.attr("height")).isEqualTo("480");
			assertThat(poster.attr("alt")).isEqualTo("Poster of " + StorefrontFixture.TRICKY_TITLE);
		}
	}

	@Test
	void pagesAreCacheableAndRevalidatedByTheirETag() {
		for (String path : List.of("/", store.cityPath(), store.moviePath(), "/sitemap.xml", "/robots.txt")) {
			Response page = store.visit(path);
			assertThat(page.header("Cache-Control")).as(path).contains("public", "max-age=60");
			assertThat(page.header("ETag")).as(path).isNotBlank();

			Response again = plaza.send(HttpRequest.newBuilder(plaza.uri(path))
				.header("Host", store.domain)
				.header("If-None-Match", page.header("ETag")));

			assertThat(again.status()).as(path).isEqualTo(304);
			assertThat(again.text()).isEmpty();
		}
	}

	static List<JsonNode> structuredData(Document page) {
		return page.select("script[type=application/ld+json]").stream().map(script -> JSON.readTree(script.data())).toList();
	}

	static String og(Document page, String property) {
		return page.select("meta[property=og:" + property + "]").attr("content");
	}

	private String largePoster() {
		return "https://" + store.domain + store.poster + "1280w.jpg";
	}
}
