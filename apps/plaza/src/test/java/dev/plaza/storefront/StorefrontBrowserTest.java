package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The city page in a real browser (the system's headless Chromium, no JavaScript needed): a visitor
 * on a phone sees the city's heading and the movie with its showtime. Leaves a screenshot in
 * {@code target/screenshots/city.png} to look at.
 */
@PlazaTest
class StorefrontBrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@Autowired
	PlazaClient plaza;

	@Test
	void aVisitorSeesTheCitysMoviesAndShowtimes() {
		assertThat(CHROMIUM).as("this test drives the system's Chromium: install it with 'apt-get install chromium'")
			.isExecutable();
		StorefrontFixture store = new StorefrontFixture(plaza);
		// A browser cannot be pointed at a made-up domain here; the path prefix serves the same page.
		String cityPage = plaza.uri("/t/" + store.catalog.tenant + store.cityPath()).toString();

		try (Playwright playwright = Playwright.create();
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
								"--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
			Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setJavaScriptEnabled(false));
			page.navigate(cityPage);

			assertThat(page.locator("h1").isVisible()).isTrue();
			assertThat(page.locator("h1").textContent()).isEqualTo("Movies in " + store.cityName);
			assertThat(page.locator("article h2").textContent()).isEqualTo(StorefrontFixture.TRICKY_TITLE);
			assertThat(page.locator("time.time").isVisible()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/city.png")).setFullPage(true));
		}
	}
}
