package dev.plaza.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The back office corrects a movie; everything that shows it follows. */
@PlazaTest
class CatalogMovieUpdateTest {

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	UUID movie;

	@BeforeEach
	void aMovieShowingTomorrow() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		movie = catalog.movie(CatalogCalls.unique("Interstelar"));
		Response scheduled = catalog.schedule(movie, catalog.room(), Instant.now().plus(Duration.ofDays(1)));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
	}

	@Test
	void aCorrectedTitleIsServedAndSearchedAtOnce() {
		Response replaced = replace(movie, movieJson("Interstellar", "interstellar"));

		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		assertThat(catalog.get("/movies/" + movie).json().get("title").asString()).isEqualTo("Interstellar");
		await().atMost(Duration.ofSeconds(5)).ignoreExceptions().untilAsserted(() -> assertThat(plaza
			.get("/api/v1/showtimes/search?movie=interstellar", catalog.token)
			.json()
			.get("items")
			.get(0)
			.get("movie")
			.get("title")
			.asString()).isEqualTo("Interstellar"));
	}

	@Test
	void anotherMoviesSlugOrAnUnknownMovieIsRefused() {
		UUID other = catalog.movie(CatalogCalls.unique("Dune"));
		String otherSlug = catalog.get("/movies/" + other).json().get("slug").asString();

		Response taken = replace(movie, movieJson("Interstellar", otherSlug));
		Response unknown = replace(UUID.randomUUID(), movieJson("Interstellar", "interstellar"));
		Response invalid = replace(movie, "{\"title\": \"\", \"durationMinutes\": 0}");

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).contains(otherSlug);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(catalog.get("/movies/" + movie).json().get("title").asString()).startsWith("Interstelar");
	}

	private Response replace(UUID id, String json) {
		return plaza.send(HttpRequest.newBuilder(plaza.uri(CatalogCalls.BASE + "/movies/" + id))
			.header("Authorization", "Bearer " + catalog.token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static String movieJson(String title, String slug) {
		return """
				{"slug": "%s", "title": "%s", "originalTitle": "Interstellar", "synopsis": "Beyond the stars.",
				 "cast": ["Anne Hathaway"], "genres": ["sci-fi"], "durationMinutes": 169, "ageRating": "12",
				 "releaseDate": "2014-11-07", "languages": ["en"]}""".formatted(slug, title);
	}
}
