package dev.plaza.backoffice.web;

import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What staff do to a campaign, each a form on its page: start sending a draft, stop a campaign that
 * sends. A campaign that cannot do so any more comes back on its page with the API's reason.
 */
@Controller
class CampaignActions {

	private final StaffApi api;

	CampaignActions(StaffApi api) {
		this.api = api;
	}

	@PostMapping("/admin/campaigns/{id}/start")
	String start(@PathVariable UUID id, RedirectAttributes next) {
		return Writes.done(next, () -> api.send(HttpMethod.POST, "/api/v1/campaigns/" + id + "/start", null),
				"The campaign is sending.", "/admin/campaigns/" + id);
	}

	@PostMapping("/admin/campaigns/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes next) {
		return Writes.done(next, () -> api.send(HttpMethod.POST, "/api/v1/campaigns/" + id + "/cancel", null),
				"The campaign is cancelled; what was sent stays sent.", "/admin/campaigns/" + id);
	}
}
