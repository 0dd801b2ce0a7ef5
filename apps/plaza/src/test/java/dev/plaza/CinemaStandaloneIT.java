package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.plaza.media.Pictures;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The cinema features in the assembled jar, as {@code ./plaza run} runs it: what only the packaged
 * app can get wrong (the WebP encoder found inside the fat jar, files and the search index under
 * PLAZA_HOME) and what must survive a restart.
 */
class CinemaStandaloneIT {

	private final PlazaProcess plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET);

	@Test
	void postersSearchAndPagesWorkInTheJarAndSurviveARestart() throws Exception {
		plaza.start();
		PlazaClient client = plaza.client();
		CatalogCalls chain = CatalogCalls.newTenant(client, "catalog:write");
		String domain = client.serveStorefrontAt(chain.tenant.value().toString(), "cines.localhost");

		String poster = Pictures.poster(chain);
		Response webp = client.get(poster.replace("original.png", "640w.webp"), null);
		assertThat(webp.status()).as("WebP renditions are made by the packaged app").isEqualTo(200);
		assertThat(webp.header("Content-Type")).isEqualTo("image/webp");

		UUID room = chain.room(chain.cinema(chain.city("Sevilla", "ES", "Europe/Madrid"), "SEV-01", "Cine Sevilla"),
				"Sala 1", "IMAX");
		UUID movie = chain.movie("Interstellar", "Interstellar", "Anne Hathaway");
		chain.schedule(movie, room, Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS));
		JsonNode found = await().atMost(Duration.ofSeconds(5))
			.until(() -> client.getAt(domain, "/api/v1/showtimes/search?q=interstelar", null).json(),
					result -> result.get("total").asLong() == 1);
		String citySlug = found.get("items").get(0).get("city").get("slug").asString();
		assertThat(client.getAt(domain, "/" + citySlug, null).text()).contains("Interstellar", "Cine Sevilla");

		plaza.stop();
		plaza.start();
		assertThat(client.getAt(domain, "/api/v1/showtimes/search?q=interstellar", null).json().get("total").asLong())
			.as("the search index is kept on disk").isEqualTo(1);
		assertThat(client.get(poster.replace("original.png", "1280w.jpg"), null).status()).isEqualTo(200);
	}

	@AfterEach
	void stop() throws InterruptedException {
		plaza.close();
	}
}
