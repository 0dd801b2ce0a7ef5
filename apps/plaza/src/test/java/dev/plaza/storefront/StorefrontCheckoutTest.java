package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor buys seats on the storefront without an account: the seats they hold go into a cart kept in a
 * signed cookie, checkout sends them to the card processor's hosted page (the card never reaches Plaza), and the
 * processor's return pays the order and leads to its signed page, with the tickets, which the e-mail links to.
 */
@PlazaTest
class StorefrontCheckoutTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	final Shopper shopper = new Shopper();

	@Test
	void aVisitorPaysOnTheHostedCardPageAndFindsTheTicketsAtTheSignedLinkTheEmailCarries() throws Exception {
		Store store = new Store(plaza);
		UUID hold = store.hold("A2", "A3");
		String email = "ana@" + store.mailDomain;

		URI cart = addToCart(store, hold);
		Document cartPage = shopper.page(cart);
		assertThat(cartPage.select("tbody tr")).hasSize(2);
		assertThat(cartPage.select("tbody tr").text()).contains("seat A2", "seat A3", "9.50 €");
		assertThat(cartPage.select("tfoot").text()).contains("Total 19.00 €");

		URI checkout = store.uri("/checkout");
		Document checkoutPage = shopper.page(checkout);
		URI cardPage = Shopper.location(shopper.post(checkout, Shopper.form(checkoutPage, "form", Map.of("email", email))),
				checkout);
		assertThat(cardPage.getPath()).isEqualTo("/hosted/card");
		assertThat(cardPage.getQuery()).contains("return_url=" + store.uri("/checkout/return"));
		URI paid = payOnTheCardPage(cardPage, "4242 4242 4242 4242");
		URI orderPage = Shopper.location(shopper.get(paid), paid);
		assertThat(orderPage.getPath()).startsWith(store.base + "/orders/");
		assertThat(orderPage.getQuery()).startsWith("sig=");

		Document settling = shopper.page(orderPage);
		assertThat(settling.select(".fine, .ticket").text()).containsAnyOf("we are confirming your payment", "Seat A2");
		assertThat(shopper.get(URI.create(settling.select("script[src*=htmx]").attr("abs:src").isEmpty()
				? plaza.uri("/webjars/htmx.org/2.0.7/dist/htmx.min.js").toString()
				: settling.select("script[src*=htmx]").attr("abs:src"))).statusCode()).isEqualTo(200);
		Document confirmed = await().atMost(Duration.ofSeconds(20))
			.until(() -> shopper.page(orderPage), page -> !page.select(".ticket").isEmpty());
		assertThat(confirmed.select("h1").text()).isEqualTo("Your order");
		assertThat(confirmed.select(".ticket h3").eachText()).containsExactly("Seat A2", "Seat A3");
		String qr = confirmed.select(".ticket img").first().absUrl("src");
		HttpResponse<String> png = shopper.get(URI.create(qr));
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(shopper.get(URI.create(qr.replace("sig=", "sig=x"))).statusCode()).isEqualTo(404);

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> smtp.getReceivedMessagesForDomain(store.mailDomain), received -> received.length == 1)[0];
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
		assertThat(body).contains(orderPage.getPath() + "?" + orderPage.getRawQuery());
		assertThat(shopper.page(cart).select("tbody tr")).isEmpty();
	}

	@Test
	void aDeclinedCardSaysSoAndLeavesTheOrderUnpaid() {
		Store store = new Store(plaza);
		URI cart = addToCart(store, store.hold("A2"));
		URI checkout = store.uri("/checkout");
		URI cardPage = Shopper.location(shopper.post(checkout, Shopper.form(shopper.page(checkout), "form",
				Map.of("email", "ben@" + store.mailDomain))), checkout);

		URI returned = payOnTheCardPage(cardPage, "4000 0000 0000 0002");
		URI orderPage = Shopper.location(shopper.get(returned), returned);

		Document declined = shopper.page(orderPage);
		assertThat(declined.select("[role=alert]").text()).contains("Your card was declined.", "Nothing was charged");
		assertThat(declined.select(".ticket")).isEmpty();
		UUID order = UUID.fromString(orderPage.getPath().substring(orderPage.getPath().lastIndexOf('/') + 1));
		// The order follows its failed payment by event, after the page has answered.
		Response read = await().atMost(Duration.ofSeconds(20))
			.until(() -> plaza.get("/api/v1/orders/" + order, store.catalog.token),
					answer -> "cancelled".equals(answer.json().get("status").asString()));
		assertThat(read.json().get("paid").asLong()).isZero();
		assertThat(shopper.get(cart).statusCode()).isEqualTo(200);
	}

	@Test
	void theShowtimePageNamesEverySeatAndChoosingSeatsHoldsThemInTheCart() {
		Store store = new Store(plaza);
		URI showtime = store.uri("/showtimes/" + store.showtime);

		Document page = shopper.page(showtime);

		assertThat(page.title()).contains(" at ").endsWith("| " + page.select("header.bar a").first().text());
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(store.base + "/showtimes/" + store.showtime);
		assertThat(page.select("input[name=seat]").eachAttr("aria-label")).contains(
				"Row A, seat 1, wheelchair, 7.00 €, available", "Row A, seat 2, standard, 9.50 €, available",
				"Row A, seat 4, standard, 9.50 €, taken", "Row B, seat 1, couple, 18.00 €, available");
		assertThat(page.select("input[value=A4]").hasAttr("disabled")).isTrue();
		JsonNode event = JSON.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(event.get("@type").asString()).isEqualTo("ScreeningEvent");
		assertThat(event.get("offers").findValuesAsString("price")).contains("9.50", "7.00", "18.00");
		assertThat(Shopper.location(shopper.post(store.uri("/showtimes/" + store.showtime + "/seats"),
				Map.of("_csrf", page.select("input[name=_csrf]").val(), "seat", "B1")), showtime)).isEqualTo(store.uri("/cart"));
		assertThat(shopper.page(store.uri("/cart")).select("tbody").text()).contains("seat B1", "18.00 €");
		assertThat(shopper.page(showtime).select("input[value=B1]").attr("aria-label")).endsWith(", taken");
	}

	@Test
	void formsWithoutTheVisitorsTokenAndOrderPagesWithoutTheSignatureShowNothing() {
		Store store = new Store(plaza);
		UUID hold = store.hold("A2");
		shopper.page(store.uri("/cart"));

		HttpResponse<String> forged = shopper.post(store.uri("/cart/items"), Map.of("holdId", hold.toString(),
				"_csrf", "forged"));
		HttpResponse<String> unsigned = shopper.get(store.uri("/orders/" + UUID.randomUUID()));
		HttpResponse<String> wronglySigned = shopper.get(store.uri("/orders/" + UUID.randomUUID() + "?sig=abc"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("This form has expired");
		assertThat(shopper.page(store.uri("/cart")).select("tbody tr")).isEmpty();
		assertThat(unsigned.statusCode()).isEqualTo(404);
		assertThat(wronglySigned.statusCode()).isEqualTo(404);
	}

	@Test
	void aHoldThatIsNotThereOrABadQuantityIsExplainedAndAddsNothing() {
		Store store = new Store(plaza);
		Document cartPage = shopper.page(store.uri("/cart"));

		String csrf = csrfOf(cartPage);

		HttpResponse<String> unknown = shopper.post(store.uri("/cart/items"),
				Map.of("_csrf", csrf, "holdId", UUID.randomUUID().toString()));
		HttpResponse<String> neither = shopper.post(store.uri("/cart/items"),
				Map.of("_csrf", csrf, "productId", UUID.randomUUID().toString(), "quantity", "0"));

		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("There is no seat hold");
		assertThat(neither.statusCode()).isEqualTo(400);
		assertThat(neither.body()).contains("quantity from 1 to 99");
	}

	/** Posts the hold to the cart as the showtime page's form does; answers the cart page's address. */
	URI addToCart(Store store, UUID hold) {
		URI cart = store.uri("/cart");
		String csrf = csrfOf(shopper.page(cart));
		HttpResponse<String> added = shopper.post(store.uri("/cart/items"), Map.of("holdId", hold.toString(), "_csrf", csrf));
		assertThat(Shopper.location(added, cart)).isEqualTo(cart);
		return cart;
	}

	/** The visitor's CSRF token, which selling pages name in a {@code meta} element for forms posted elsewhere. */
	static String csrfOf(Document page) {
		return page.select("meta[name=csrf-token]").attr("content");
	}

	/** Types the card on the processor's page and answers where the processor sends the visitor back. */
	URI payOnTheCardPage(URI cardPage, String number) {
		Document form = shopper.page(cardPage);
		assertThat(form.select("label[for=number]").text()).isEqualTo("Card number");
		URI post = cardPage.resolve(form.select("form").attr("action"));
		return Shopper.location(shopper.post(post, Shopper.form(form, "form", Map.of("number", number, "expiry",
				"12/" + (Instant.now().atZone(ZoneOffset.UTC).getYear() % 100 + 2), "cvc", "123"))), cardPage);
	}

	/** A cinema with a showtime tomorrow, its storefront under {@code /t/{tenant}}, and holds made through the API. */
	static final class Store {

		final PlazaClient plaza;

		final CatalogCalls catalog;

		final UUID showtime;

		final String base;

		final String mailDomain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";

		Store(PlazaClient plaza) {
			this.plaza = plaza;
			this.catalog = CatalogCalls.newTenant(plaza, "catalog:write", "reservations:write", "orders:write", "orders:read",
					"payments:write", "payments:read");
			this.showtime = CatalogCalls.created(catalog.schedule(catalog.movie(), catalog.room(),
					Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)));
			this.base = "/t/" + catalog.tenant;
		}

		UUID hold(String... seats) {
			return CatalogCalls.created(plaza.postJson("/api/v1/showtimes/" + showtime + "/holds", catalog.token,
					JSON.writeValueAsString(Map.of("seats", List.of(seats), "customer", "visitor"))));
		}

		URI uri(String path) {
			return plaza.uri(base + path);
		}
	}
}
