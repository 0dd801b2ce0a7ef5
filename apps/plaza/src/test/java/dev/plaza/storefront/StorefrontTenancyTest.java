package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whose storefront a visitor sees: the tenant of the domain, or of the /t/{tenantId} prefix; nobody else's. */
@PlazaTest
class StorefrontTenancyTest {

	@Autowired
	PlazaClient plaza;

	StorefrontFixture acme;

	@BeforeEach
	void aCinemaChainWithAStorefront() {
		acme = new StorefrontFixture(plaza);
	}

	@Test
	void theDomainShowsItsTenantsPagesWithRootRelativeLinks() {
		Document city = acme.page(acme.cityPath());

		assertThat(city.select("a[href=" + acme.moviePath() + "]")).isNotEmpty();
		assertThat(city.select("header a").attr("href")).isEqualTo("/");
	}

	@Test
	void aPathPrefixServesTheTenantWithoutADomainAndLinksKeepIt() {
		String prefix = "/t/" + acme.catalog.tenant;

		Response response = plaza.get(prefix + acme.cityPath(), null);

		assertThat(response.status()).as(response.text()).isEqualTo(200);
		Document city = Jsoup.parse(response.text());
		assertThat(city.select("link[rel=canonical]").attr("href")).isEqualTo(plaza.uri(prefix + acme.cityPath()).toString());
		assertThat(city.select("a[href=" + prefix + acme.moviePath() + "]")).isNotEmpty();
		assertThat(city.select("header a").attr("href")).isEqualTo(prefix);
		assertThat(plaza.get(prefix, null).status()).isEqualTo(200);
		assertThat(plaza.get(prefix + acme.moviePath(), null).status()).isEqualTo(200);
		assertThat(plaza.get(prefix + "/sitemap.xml", null).text()).contains(plaza.uri(prefix + acme.moviePath()).toString());
	}

	@Test
	void anotherTenantsDomainNeverShowsThisTenantsCatalog() {
		StorefrontFixture globex = new StorefrontFixture(plaza);

		Document globexHome = globex.page("/");

		assertThat(globexHome.text()).contains(globex.cityName).doesNotContain(acme.cityName);
		assertThat(globex.visit(acme.cityPath()).status()).isEqualTo(404);
		assertThat(globex.visit(acme.cityPath() + "/" + acme.movieSlug).status()).isEqualTo(404);
		assertThat(globex.visit("/sitemap.xml").text()).doesNotContain(acme.citySlug);
	}

	@Test
	void aHostServingNoStorefrontAnswersANotFoundPage() {
		Response unknown = plaza.getAt("nobody-" + UUID.randomUUID() + ".localhost", "/", null);
		Response unknownTenant = plaza.get("/t/" + UUID.randomUUID() + "/", null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("text/html");
		assertThat(Jsoup.parse(unknown.text()).select("h1").text()).isEqualTo("Page not found");
		assertThat(unknownTenant.status()).isEqualTo(404);
		assertThat(unknownTenant.header("Content-Type")).startsWith("text/html");
	}

	@Test
	void unknownCitiesAndMoviesAnswerANotFoundPage() {
		for (String path : new String[] { "/nowhere", "/nowhere/" + acme.movieSlug, acme.cityPath() + "/no-such-movie" }) {
			Response missing = acme.visit(path);

			assertThat(missing.status()).as(path).isEqualTo(404);
			assertThat(missing.header("Content-Type")).as(path).startsWith("text/html");
			Document page = Jsoup.parse(missing.text());
			assertThat(page.select("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("a[href=/]").text()).as("a way back home").isNotBlank();
		}
	}
}
