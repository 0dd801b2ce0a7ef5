package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer buys two seats in a real browser: from the city page to the showtime, two seats chosen (one with the
 * keyboard, one with the mouse), the cart, checkout, the card processor's hosted page, the confirmation with two
 * tickets and their QR codes, and the e-mail whose signed link opens the order again; and a declined card, which
 * says so and pays nothing. Every page is screenshot and checked with axe-core (WCAG 2.x A/AA).
 */
@PlazaTest
class StorefrontPurchaseBrowserTest {

	static final Pattern ORDER_LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/t/[0-9a-f-]+/orders/[0-9a-f-]+\\?sig=[A-Za-z0-9_-]+");

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void aCustomerBuysTwoSeats() throws Exception {
		Cinema cinema = new Cinema(plaza);
		String email = "ana@" + cinema.mailDomain;

		try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(cinema.cityPage());
			check(page, "storefront-buy-city");

			page.locator("a:has(time.time)").first().click();
			page.waitForURL("**/showtimes/" + cinema.showtime);
			assertThat(page.locator("h1").textContent()).isEqualTo(cinema.movieTitle);
			assertThat(page.locator(".prices").textContent()).contains("standard", "9.50 €");
			Locator a2 = page.getByLabel("Row A, seat 2, standard, 9.50 €, available");
			check(page, "storefront-buy-showtime");

			a2.focus();
			page.keyboard().press("Space");
			page.locator("label.seat:has(input[value=A3])").click();
			assertThat(a2.isChecked()).isTrue();
			assertThat(page.locator("input[value=A3]").isChecked()).isTrue();
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Hold these seats")).click();

			page.waitForURL("**/cart");
			assertThat(page.locator("tbody tr").count()).isEqualTo(2);
			assertThat(page.locator("tbody").textContent()).contains("seat A2", "seat A3");
			assertThat(page.locator("tfoot").textContent()).contains("19.00 €");
			assertThat(page.locator("time[data-countdown]").textContent()).matches("\\d+:\\d\\d left");
			check(page, "storefront-buy-cart");

			page.getByText("Check out").click();
			page.waitForURL("**/checkout");
			page.getByLabel("E-mail for your confirmation and tickets").fill(email);
			check(page, "storefront-buy-checkout");
			page.getByText("Pay by card").click();

			page.waitForURL("**/hosted/card**");
			assertThat(page.url()).doesNotStartWith(plaza.uri("").toString());
			typeCard(page, "4242 4242 4242 4242");
			check(page, "storefront-buy-card-page");
			page.getByText("Pay", new Page.GetByTextOptions().setExact(true)).click();

			page.waitForURL("**/orders/**");
			page.locator(".ticket").nth(1).waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			assertThat(page.locator(".ticket h3").allTextContents()).containsExactly("Seat A2", "Seat A3");
			assertQrCodesShown(page);
			check(page, "storefront-buy-confirmation");

			MimeMessage mail = await().atMost(Duration.ofSeconds(20))
				.until(() -> smtp.getReceivedMessagesForDomain(cinema.mailDomain), received -> received.length == 1)[0];
			Matcher link = ORDER_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
			assertThat(link.find()).as("the e-mail carries the order's signed link").isTrue();

			Page fromEmail = context.newPage();
			fromEmail.navigate(link.group());
			assertThat(fromEmail.locator(".ticket h3").allTextContents()).containsExactly("Seat A2", "Seat A3");
			assertQrCodesShown(fromEmail);
			check(fromEmail, "storefront-buy-order-from-email");
		}
	}

	@Test
	void aDeclinedCardSaysSoAndNoOrderIsPaid() {
		Cinema cinema = new Cinema(plaza);

		try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate(plaza.uri(cinema.base + "/showtimes/" + cinema.showtime).toString());
			page.locator("label.seat:has(input[value=A2])").click();
			page.getByText("Hold these seats").click();
			page.waitForURL("**/cart");
			page.getByText("Check out").click();
			page.getByLabel("E-mail for your confirmation and tickets").fill("ben@" + cinema.mailDomain);
			page.getByText("Pay by card").click();
			page.waitForURL("**/hosted/card**");
			typeCard(page, "4000 0000 0000 0002");
			page.getByText("Pay", new Page.GetByTextOptions().setExact(true)).click();

			page.waitForURL("**/orders/**");
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
				.contains("Your card was declined.", "Nothing was charged");
			assertThat(page.locator(".ticket").count()).isZero();
			check(page, "storefront-buy-declined");

			String order = page.url().replaceAll(".*/orders/([0-9a-f-]+).*", "$1");
			Response read = plaza.get("/api/v1/orders/" + UUID.fromString(order), cinema.catalog.token);
			assertThat(read.json().get("status").asString()).isEqualTo("cancelled");
			assertThat(read.json().get("paid").asLong()).isZero();
		}
	}

	private static void typeCard(Page page, String number) {
		page.getByLabel("Card number").fill(number);
		page.getByLabel("Expiry date (MM/YY)").fill("12/" + (Instant.now().atZone(ZoneOffset.UTC).getYear() % 100 + 2));
		page.getByLabel("Security code (CVC)").fill("123");
	}

	private static void assertQrCodesShown(Page page) {
		Locator codes = page.locator(".ticket img");
		codes.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
		for (int i = 0; i < codes.count(); i++) {
			Locator code = codes.nth(i);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> ((Number) code.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue() > 0);
			assertThat(code.getAttribute("alt")).startsWith("QR code of the ticket for seat");
		}
	}

	private static void check(Page page, String name) {
		Browsers.screenshot(page, name);
		Browsers.assertAccessible(page);
	}

	/** A cinema with one movie showing in two days, its storefront under {@code /t/{tenant}}. */
	static final class Cinema {

		final CatalogCalls catalog;

		final PlazaClient plaza;

		final String base;

		final String citySlug;

		final String movieTitle = "Two Seats " + UUID.randomUUID().toString().substring(0, 6);

		final UUID showtime;

		final String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

		Cinema(PlazaClient plaza) {
			this.plaza = plaza;
			this.catalog = CatalogCalls.newTenant(plaza, "catalog:write", "orders:read");
			UUID city = catalog.city();
			this.citySlug = catalog.get("/cities/" + city).json().get("slug").asString();
			UUID room = catalog.room(catalog.cinema(city, CatalogCalls.unique("MAD")), "Sala 1");
			UUID movie = catalog.movie(movieTitle);
			this.showtime = CatalogCalls.created(catalog.schedule(movie, room,
					Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS)));
			this.base = "/t/" + catalog.tenant;
		}

		String cityPage() {
			return plaza.uri(base + "/" + citySlug).toString();
		}
	}
}
