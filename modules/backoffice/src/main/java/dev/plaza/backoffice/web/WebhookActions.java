package dev.plaza.backoffice.web;

import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends a dead-lettered webhook delivery again, a form on the delivery's page; one that is not dead
 * (or whose endpoint was deleted) comes back on the page with the API's reason.
 */
@Controller
class WebhookActions {

	private final StaffApi api;

	WebhookActions(StaffApi api) {
		this.api = api;
	}

	@PostMapping("/admin/webhooks/deliveries/{id}/redeliver")
	String redeliver(@PathVariable UUID id, RedirectAttributes next) {
		return Writes.done(next, () -> api.send(HttpMethod.POST, "/api/v1/webhooks/deliveries/" + id + "/redeliver", null),
				"The delivery gets a new round of attempts.", "/admin/webhooks/deliveries/" + id);
	}
}
