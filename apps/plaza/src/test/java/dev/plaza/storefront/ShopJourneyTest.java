package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.plaza.support.Browsers;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A customer buys two products in a real browser: narrows the shop to red things, opens a product (whose
 * page tells search engines its offer), puts it in the cart, searches for a mug and adds it too, checks
 * out, types a card on the processor's hosted page, sees both products on the confirmation and finds the
 * order again from the e-mail's signed link. Every page is photographed and checked against WCAG AA.
 */
@PlazaTest
class ShopJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void aCustomerBuysTwoProducts() {
		ShopFixture shop = new ShopFixture(plaza);
		String base = plaza.uri("/t/" + shop.tenant()).toString();
		String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

		try (BrowserContext context = Browsers.chromium()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();

			page.navigate(base + "/products");
			assertThat(page.locator("h1").textContent()).isEqualTo("Shop");
			assertThat(page.locator(".products h3").allTextContents()).hasSize(4);
			visited(page, "shop-products");

			page.getByLabel("red (2)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
			assertThat(page.locator(".products h3").allTextContents()).containsExactly("Breakfast mug", "Camiseta Día");
			assertThat(page.url()).contains("f=colour%3Ared");
			visited(page, "shop-products-red");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Camiseta Día")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Camiseta Día");
			JsonNode product = ShopFixture.JSON
				.readTree(page.locator("script[type='application/ld+json']").textContent());
			assertThat(product.get("@type").asString()).isEqualTo("Product");
			assertThat(product.get("offers").get("price").asString()).isEqualTo("19.99");
			assertThat(product.get("offers").get("availability").asString()).isEqualTo("https://schema.org/InStock");
			visited(page, "shop-product");

			page.getByLabel("Quantity").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Your cart");
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shop").setExact(true)).click();
			page.getByLabel("Search products").fill("mug");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
			assertThat(page.locator(".products h3").allTextContents()).containsExactly("Breakfast mug");
			visited(page, "shop-search");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Breakfast mug")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();

			assertThat(page.locator("h1").textContent()).isEqualTo("Your cart");
			assertThat(page.locator("tbody tr").count()).as("the cart shows two products").isEqualTo(2);
			assertThat(page.locator("tbody").textContent()).contains("Camiseta Día", "Breakfast mug");
			assertThat(page.locator("tfoot").textContent()).contains("52.48");
			visited(page, "shop-cart");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check out")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Checkout");
			visited(page, "shop-checkout");
			String email = "ana@" + mailDomain;
			page.getByLabel("E-mail for your confirmation and tickets").fill(email);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay by card")).click();

			assertThat(URI.create(page.url()).getPath()).isEqualTo("/hosted/card");
			visited(page, "shop-card-page");
			page.getByLabel("Card number").fill("4242 4242 4242 4242");
			page.locator("#expiry").fill("12/" + (Instant.now().atZone(ZoneOffset.UTC).getYear() % 100 + 2));
			page.locator("#cvc").fill("123");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();

			URI confirmation = URI.create(page.url());
			assertThat(confirmation.getPath()).startsWith("/t/" + shop.tenant() + "/orders/");
			assertThat(confirmation.getQuery()).startsWith("sig=");
			assertThat(page.locator("h1").textContent()).isEqualTo("Your order");
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				page.reload();
				return page.locator("#order-state").textContent().contains("your order is confirmed");
			});
			assertThat(page.locator("tbody").textContent()).contains("Camiseta Día", "Breakfast mug");
			visited(page, "shop-confirmation");

			MimeMessage mail = await().atMost(Duration.ofSeconds(20))
				.until(() -> smtp.getReceivedMessagesForDomain(mailDomain), received -> received.length == 1)[0];
			String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
			String signedLink = confirmation.getRawPath() + "?" + confirmation.getRawQuery();
			assertThat(body).contains(signedLink);

			Page fromMail = context.newPage();
			fromMail.navigate(plaza.uri(signedLink).toString());
			assertThat(fromMail.locator("h1").textContent()).isEqualTo("Your order");
			assertThat(fromMail.locator("tbody").textContent()).contains("Camiseta Día", "Breakfast mug");
			visited(fromMail, "shop-order-from-email");
		}
	}

	private static void visited(Page page, String name) {
		Browsers.screenshot(page, name);
		Browsers.assertAccessible(page);
	}
}
