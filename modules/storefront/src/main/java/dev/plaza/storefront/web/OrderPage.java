package dev.plaza.storefront.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.plaza.orders.OrderId;
import dev.plaza.orders.PlacedOrder;
import dev.plaza.payments.PaymentIntent;
import dev.plaza.payments.PaymentStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An order's page, reached from its signed link ({@code /orders/{id}?sig=…}): the tickets with their QR codes and
 * the products once it is confirmed; while the payment is settling, that it is and that an e-mail follows; a
 * declined card, that nothing was charged and how to try again. Without the right signature there is nothing here.
 */
@Controller
class OrderPage {

	private final Selling selling;

	private final SellingPages pages;

	private final OrderSignatures signatures;

	OrderPage(Selling selling, SellingPages pages, OrderSignatures signatures) {
		this.selling = selling;
		this.pages = pages;
		this.signatures = signatures;
	}

	@GetMapping({ "/orders/{id}", "/t/{tenant}/orders/{id}" })
	ResponseEntity<String> order(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			@RequestParam(required = false) String sig) {
		PlacedOrder order = signed(site, id, sig);
		Optional<PaymentIntent> payment = Optional.ofNullable(order.payment()).flatMap(selling.payments()::find);
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		variables.put("head", new Head("Your order | " + site.name(), "Your order at " + site.name() + ".",
				site.url("/orders/" + order.id()), "website", null, null));
		variables.put("order", order);
		variables.put("state", state(order, payment.map(PaymentIntent::status).orElse(null)));
		variables.put("self", signatures.link(site, order.id()));
		variables.put("qr", site.link("/orders/" + order.id() + "/tickets/"));
		variables.put("sig", signatures.of(site.tenant(), order.id()));
		variables.put("total", SellingPages.format(order.total()));
		variables.put("lines", order.lines().stream()
			.map(line -> new Line(line.description(), line.quantity(), SellingPages.format(line.gross())))
			.toList());
		return pages.page(HttpStatus.OK, "order/order", variables);
	}

	@GetMapping({ "/orders/{id}/tickets/{code}/qr.png", "/t/{tenant}/orders/{id}/tickets/{code}/qr.png" })
	ResponseEntity<byte[]> qr(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			@PathVariable String code, @RequestParam(required = false) String sig) {
		PlacedOrder order = signed(site, id, sig);
		byte[] png = selling.orders().ticketQrCode(order.id(), code).orElseThrow(PageNotFound::new);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
	}

	private PlacedOrder signed(Site site, String id, String sig) {
		OrderId order = CartPage.id(id).map(OrderId::new).orElseThrow(PageNotFound::new);
		if (sig == null || !signatures.holds(site.tenant(), order, sig)) {
			throw new PageNotFound();
		}
		return selling.orders().find(order).orElseThrow(PageNotFound::new);
	}

	/**
	 * What the customer is told: {@code confirmed} (tickets shown), {@code settling} (paid or paying, tickets on
	 * their way: the page asks again), {@code declined}, {@code unpaid} (awaiting a card), or {@code closed}
	 * (cancelled, expired or refunded otherwise).
	 */
	static String state(PlacedOrder order, PaymentStatus payment) {
		return switch (order.status()) {
			case CONFIRMED, FULFILLED, PARTIALLY_REFUNDED -> "confirmed";
			case PAID -> "settling";
			case AWAITING_PAYMENT -> payment == PaymentStatus.PENDING || payment == PaymentStatus.PROCESSING ? "settling"
					: payment == PaymentStatus.FAILED ? "declined" : "unpaid";
			case CANCELLED -> payment == PaymentStatus.FAILED ? "declined" : "closed";
			case EXPIRED, REFUNDED -> "closed";
		};
	}

	record Line(String description, int quantity, String gross) {
	}
}
