package dev.plaza.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A cinema-goer holds seats, orders them, pays, and gets tickets with QR codes by e-mail. */
@PlazaTest
class CinemaOrderJourneyTest {

	@Autowired
	PlazaClient plaza;

	@Autowired
	GreenMail smtp;

	@Test
	void holdToOrderToPaymentToTicketsIssuedAndEmailed() throws Exception {
		OrderCalls cinema = OrderCalls.newTenant(plaza);
		UUID showtime = cinema.showtime();
		UUID hold = cinema.hold(showtime, "A1", "A2");
		UUID cart = cinema.cart();
		assertThat(cinema.addHold(cart, hold).status()).isEqualTo(201);

		Response placed = cinema.order(cart);
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		JsonNode order = placed.json();
		UUID id = UUID.fromString(order.get("id").asString());
		// A1 is a wheelchair seat (7.00), A2 standard (9.50); seats are taxed at the standard 21 %.
		assertThat(order.get("total").asLong()).isEqualTo(700 + 950);
		assertThat(order.get("lines")).hasSize(2);
		assertThat(order.get("lines").get(0).get("seat").asString()).isEqualTo("A1");
		assertThat(order.get("lines").get(0).get("tax").asLong()).isEqualTo(121); // 700 × 21/121 = 121.48…
		assertThat(order.get("lines").get(1).get("tax").asLong()).isEqualTo(165); // 950 × 21/121 = 164.87…

		assertThat(cinema.pay(order, "tok_approve").status()).isEqualTo(200);
		cinema.awaitStatus(id, "confirmed");

		JsonNode confirmed = cinema.get(id).json();
		assertThat(cinema.seatStatuses(showtime)).containsEntry("A1", "sold").containsEntry("A2", "sold")
			.containsEntry("A3", "free");
		List<String> codes = new ArrayList<>();
		confirmed.get("tickets").forEach(ticket -> codes.add(ticket.get("code").asString()));
		assertThat(codes).hasSize(2).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-7]{26}"));
		assertThat(confirmed.get("tickets").get(0).get("seat").asString()).isEqualTo("A1");

		String qrUrl = confirmed.get("tickets").get(0).get("qrUrl").asString();
		HttpResponse<byte[]> qr = png(cinema, qrUrl);
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(decode(qr.body())).isEqualTo(codes.getFirst());

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> smtp.getReceivedMessagesForDomain(cinema.mailDomain), received -> received.length == 1)[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ana@" + cinema.mailDomain);
		List<String> attached = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		read(mail, text, attached);
		assertThat(attached).containsExactlyElementsOf(codes);
		assertThat(text).contains("Seat A1: " + codes.get(0)).contains("Total: 16.50 EUR");
	}

	@Test
	void theConfirmationShowsTheShowtimeAtTheCinemasLocalTimeInTextAndHtml() throws Exception {
		OrderCalls cinema = OrderCalls.newTenant(plaza);
		// The test cinema is in Madrid, one or two hours ahead of UTC depending on the season.
		Instant sixPmUtc = LocalDate.now(ZoneOffset.UTC).plusDays(2).atTime(18, 0).toInstant(ZoneOffset.UTC);
		String local = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).format(sixPmUtc.atZone(ZoneId.of("Europe/Madrid")));
		UUID showtime = CatalogCalls.created(cinema.catalog.schedule(cinema.catalog.movie(), cinema.catalog.room(), sixPmUtc));
		UUID cart = cinema.cart();
		assertThat(cinema.addHold(cart, cinema.hold(showtime, "A2")).status()).isEqualTo(201);
		JsonNode order = cinema.placed(cart);
		cinema.pay(order, "tok_approve");
		cinema.awaitStatus(UUID.fromString(order.get("id").asString()), "confirmed");

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> smtp.getReceivedMessagesForDomain(cinema.mailDomain), received -> received.length == 1)[0];
		Map<String, String> bodies = new HashMap<>();
		bodies(mail, bodies);

		assertThat(local).isIn("19:00 CET", "20:00 CEST");
		assertThat(bodies.get("text/plain")).contains(", " + local + ", seat A2").doesNotContain("18:00");
		assertThat(bodies.get("text/html")).contains(", " + local + ", seat A2").doesNotContain("18:00");
	}

	/** The message's bodies by content type ({@code text/plain}, {@code text/html}), however nested. */
	static void bodies(Part part, Map<String, String> bodies) throws Exception {
		if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				bodies(parts.getBodyPart(i), bodies);
			}
		}
		else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			bodies.put(part.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT), part.getContent().toString());
		}
	}

	private HttpResponse<byte[]> png(OrderCalls cinema, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(plaza.uri(path))
			.header("Authorization", "Bearer " + cinema.token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Collects the message's text and the codes its attached QR images show, however its parts are nested. */
	static void read(Part part, StringBuilder text, List<String> attachedCodes) throws Exception {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			assertThat(part.getContentType()).startsWith("image/png");
			attachedCodes.add(decode(part.getInputStream().readAllBytes()));
		}
		else if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				read(parts.getBodyPart(i), text, attachedCodes);
			}
		}
		else {
			text.append(part.getContent());
		}
	}

	static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}
}
