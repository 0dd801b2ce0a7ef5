package dev.plaza.backoffice.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The tenant's orders: a list filtered by status, the days they were placed and the customer's
 * e-mail, and each order with its lines, payment, history and tickets (with their QR codes, fetched
 * from the orders API as the person).
 */
@Controller
class OrdersPage implements Section {

	static final List<String> STATUSES = List.of("awaiting_payment", "paid", "confirmed", "fulfilled", "cancelled",
			"expired", "partially_refunded", "refunded");

	private final Lists lists;

	private final StaffApi api;

	OrdersPage(Lists lists, StaffApi api) {
		this.lists = lists;
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(32, "Orders", "/admin/orders", Set.of("orders:read", "orders:write", "orders:refund"));
	}

	@GetMapping("/admin/orders")
	String list(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("page", lists.read("/api/v1/orders", "/admin/orders", query, List.of("status", "from", "to", "email")));
		model.addAttribute("statuses", STATUSES);
		return "backoffice/orders/list";
	}

	@GetMapping("/admin/orders/{id}")
	String order(@PathVariable UUID id, Model model) {
		model.addAttribute("order", api.get("/api/v1/orders/" + id));
		return "backoffice/orders/order";
	}

	/** The ticket's QR image: the browser holds no token for the API, so the page's own address serves it. */
	@GetMapping("/admin/orders/{id}/tickets/{code}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable UUID id, @PathVariable String code) {
		byte[] png = api.bytes("/api/v1/orders/" + id + "/tickets/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/qr.png");
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
	}
}
