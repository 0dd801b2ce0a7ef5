package dev.plaza.catalog.search;

import static dev.plaza.catalog.search.ShowtimeSearchCalls.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.catalog.CatalogCalls;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the back office changes in the catalog, customers find (or no longer find) within a second. */
@PlazaTest
class SearchIndexFollowsCatalogTest {

	@Autowired
	PlazaClient plaza;

	ShowtimeSearchCalls chain;

	@BeforeEach
	void aChainWithFiveShowtimes() {
		chain = new ShowtimeSearchCalls(plaza);
	}

	@Test
	void aNewShowtimeIsFoundWithinASecond() {
		UUID late = chain.schedule(chain.interstellar, chain.mexicoImax, ShowtimeSearchCalls.at(chain.day2, 20), "es");

		assertThat(ids(chain.awaitTotal("movie=interstellar", 4))).endsWith(late);
	}

	@Test
	void aCancelledShowtimeIsNoLongerFound() {
		Response cancelled = chain.catalog.cancel(chain.amelie2dMadridDay1);

		assertThat(cancelled.status()).isEqualTo(204);
		assertThat(ids(chain.awaitTotal("q=amelie", 1))).containsExactly(chain.amelieImaxMexicoDay2);
	}

	@Test
	void theBackOfficeCanRebuildItsTenantsIndex() {
		Response rebuilt = plaza.post(ShowtimeSearchCalls.SEARCH + "/rebuild", chain.catalog.token, null, "");
		Response withoutScope = plaza.post(ShowtimeSearchCalls.SEARCH + "/rebuild",
				CatalogCalls.newTenant(plaza, "tenant:read").token, null, "");

		assertThat(rebuilt.status()).as(rebuilt.text()).isEqualTo(200);
		assertThat(rebuilt.json().get("indexed").asLong()).isEqualTo(5);
		assertThat(chain.found("").get("total").asLong()).isEqualTo(5);
		assertThat(withoutScope.status()).isEqualTo(403);
	}
}
