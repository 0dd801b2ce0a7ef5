package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant's webhook endpoints and the log of deliveries to them, newest first, filtered by endpoint
 * and status, each with its attempts. {@link WebhookActions} sends a dead-lettered delivery again.
 */
@Controller
class WebhooksPage implements Section {

	static final List<String> STATUSES = List.of("pending", "succeeded", "dead");

	private final Lists lists;

	private final StaffApi api;

	WebhooksPage(Lists lists, StaffApi api) {
		this.lists = lists;
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(80, "Webhooks", "/admin/webhooks", Set.of("notifications:read", "notifications:write"));
	}

	@GetMapping("/admin/webhooks")
	String list(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("endpoints", api.get("/api/v1/webhooks/endpoints").get("items"));
		model.addAttribute("page", lists.read("/api/v1/webhooks/deliveries", "/admin/webhooks", query,
				List.of("endpoint", "status")));
		model.addAttribute("statuses", STATUSES);
		return "backoffice/webhooks/list";
	}

	@GetMapping("/admin/webhooks/deliveries/{id}")
	String delivery(@PathVariable UUID id, Model model) {
		model.addAttribute("delivery", api.get("/api/v1/webhooks/deliveries/" + id));
		return "backoffice/webhooks/delivery";
	}
}
