package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.plaza.media.Pictures;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;

/**
 * A cinema chain whose storefront is served at a domain of its own, with one city, one cinema with
 * an IMAX room, and a movie with a poster showing there in two days; and a visitor of that domain.
 */
final class StorefrontFixture {

	/** A title that would end a script element early if it were not escaped. */
	static final String TRICKY_TITLE = "Noche </script><script>alert(1)</script> & Día";


	final PlazaClient plaza;

	final CatalogCalls catalog;

	final String domain;

	/** Where the movie's uploaded poster and its renditions are served: {@code /media/<id>/}. */
	final String poster;

	final UUID room;

	final UUID movie;

	final String citySlug;

	final String cityName;

	final String movieSlug;

	final Instant showtime = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

	StorefrontFixture(PlazaClient plaza) {
		this.plaza = plaza;
		this.catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		this.domain = CatalogCalls.unique("cines").toLowerCase() + ".localhost";
		Response mapped = plaza.send(HttpRequest.newBuilder(plaza.uri("/api/v1/tenants/" + catalog.tenant + "/domains/" + domain))
			.header("Authorization", "Bearer " + plaza.adminToken())
			.PUT(HttpRequest.BodyPublishers.noBody()));
		assertThat(mapped.status()).as(mapped.text()).isEqualTo(201);
		UUID city = catalog.city();
		JsonNode cityJson = catalog.get("/cities/" + city).json();
		this.citySlug = cityJson.get("slug").asString();
		this.cityName = cityJson.get("name").asString();
		this.room = catalog.room(catalog.cinema(city, CatalogCalls.unique("SEV")), "Sala 1");
		String posterUrl = Pictures.poster(catalog);
		this.poster = posterUrl.substring(0, posterUrl.lastIndexOf('/') + 1);
		Response created = catalog.post("/movies", """
				{"title": "%s", "originalTitle": "Night & Day", "synopsis": "Two strangers share one night in Seville.",
				 "cast": ["Ana Torrent", "Javier Cámara"], "genres": ["drama", "romance"], "durationMinutes": 110,
				 "ageRating": "12", "releaseDate": "2030-01-01", "languages": ["es"],
				 "posterUrl": "%s"}""".formatted(TRICKY_TITLE.replace("\"", "\\\""), posterUrl));
		this.movie = CatalogCalls.created(created);
		this.movieSlug = created.json().get("slug").asString();
		assertThat(catalog.schedule(movie, room, showtime).status()).isEqualTo(201);
	}

	Response visit(String path) {
		return plaza.getAt(domain, path, null);
	}

	/** The page at the path, which must answer 200, parsed as a browser would with its address as base. */
	Document page(String path) {
		Response response = visit(path);
		assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
		return Jsoup.parse(response.text(), url(path));
	}

	String url(String path) {
		return "https://" + domain + path;
	}

	String cityPath() {
		return "/" + citySlug;
	}

	String moviePath() {
		return cityPath() + "/" + movieSlug;
	}
}
