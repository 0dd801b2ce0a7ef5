package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.backoffice.application.StaffApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant's e-mail campaigns: the list, newest first, and each campaign with a progress bar that
 * follows its sending (read again every second while it runs). {@link CampaignActions} starts and
 * cancels them.
 */
@Controller
class CampaignsPage implements Section {

	private final Lists lists;

	private final StaffApi api;

	CampaignsPage(Lists lists, StaffApi api) {
		this.lists = lists;
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(70, "Campaigns", "/admin/campaigns", Set.of("notifications:read", "notifications:write"));
	}

	@GetMapping("/admin/campaigns")
	String list(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("page", lists.read("/api/v1/campaigns", "/admin/campaigns", query, List.of()));
		return "backoffice/campaigns/list";
	}

	@GetMapping("/admin/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model) {
		model.addAttribute("campaign", CampaignProgress.of(api.get("/api/v1/campaigns/" + id)));
		return "backoffice/campaigns/campaign";
	}

	/** The progress bar alone, swapped in every second while the campaign sends; at its end the page reloads. */
	@GetMapping("/admin/campaigns/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		CampaignProgress campaign = CampaignProgress.of(api.get("/api/v1/campaigns/" + id));
		model.addAttribute("campaign", campaign);
		if (!campaign.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "backoffice/campaigns/campaign :: progress";
	}

	/** A campaign as its page shows it (public methods: templates call them). */
	record CampaignProgress(Map<String, Object> view) {

		static CampaignProgress of(Map<String, Object> view) {
			return new CampaignProgress(view);
		}

		public Object get(String field) {
			return view.get(field);
		}

		public boolean running() {
			return "running".equals(view.get("status"));
		}

		public long total() {
			return number("total");
		}

		/** Recipients the campaign is through with: sent, failed, or interrupted by a crash (never resent). */
		public long done() {
			return number("sent") + number("failed") + number("unknown");
		}

		public long percent() {
			return total() == 0 ? 100 : done() * 100 / total();
		}

		private long number(String field) {
			return view.get(field) instanceof Number n ? n.longValue() : 0;
		}
	}
}
