package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The city page in a real browser (the system's headless Chromium, no JavaScript needed): a visitor
 * on a phone sees the city's heading and the movie with its showtime. Leaves a screenshot in
 * {@code target/surefire-reports/screenshots/storefront-city.png} to look at.
 */
@PlazaTest
class StorefrontBrowserTest {

	@Autowired
	PlazaClient plaza;

	@Test
	void aVisitorSeesTheCitysMoviesAndShowtimes() {
		StorefrontFixture store = new StorefrontFixture(plaza);
		// A browser cannot be pointed at a made-up domain here; the path prefix serves the same page.
		String cityPage = plaza.uri("/t/" + store.catalog.tenant + store.cityPath()).toString();

		try (BrowserContext context = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false))) {
			Page page = context.newPage();
			page.navigate(cityPage);

			assertThat(page.locator("h1").isVisible()).isTrue();
			assertThat(page.locator("h1").textContent()).isEqualTo("Movies in " + store.cityName);
			assertThat(page.locator("article h2").textContent()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
			assertThat(page.locator("time.time").isVisible()).isTrue();
			Browsers.screenshot(page, "storefront-city");
		}
		Browsers.assertAccessible(cityPage);
	}
}
