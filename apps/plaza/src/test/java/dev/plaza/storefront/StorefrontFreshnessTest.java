package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pages are kept for hours, yet a change to the catalog shows on them within moments. */
@PlazaTest
class StorefrontFreshnessTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aNewShowtimeAppearsOnTheCityPageSoonAfterItIsScheduled() {
		StorefrontFixture store = new StorefrontFixture(plaza);
		assertThat(store.page(store.cityPath()).select("time.time")).hasSize(1);
		String etag = store.visit(store.cityPath()).header("ETag");

		store.catalog.schedule(store.movie, store.room, store.showtime.plus(Duration.ofHours(3)));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(store.page(store.cityPath()).select("time.time")).hasSize(2));
		assertThat(store.visit(store.cityPath()).header("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aNewMovieAppearsOnceItIsScheduled() {
		StorefrontFixture store = new StorefrontFixture(plaza);
		assertThat(store.page(store.cityPath()).select("article h2")).hasSize(1);

		store.catalog.schedule(store.catalog.movie("Segunda película"), store.room, store.showtime.plus(Duration.ofHours(3)));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(store.page(store.cityPath()).select("article h2").eachText())
				.contains("Segunda película"));
	}
}
