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
 * Bulk onboarding jobs: the list, newest first, with the upload form; a job with its live progress
 * (the bar is re-read every second while the job runs) and its items filtered by state, each with the
 * reasons it was refused or failed.
 */
@Controller
class OnboardingPage implements Section {

	/** The items' states, in the order a business goes through them. */
	static final List<String> STATES = List.of("received", "validated", "invalid", "verifying", "verified", "rejected",
			"failed", "provisioned");

	private final Lists lists;

	private final StaffApi api;

	OnboardingPage(Lists lists, StaffApi api) {
		this.lists = lists;
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(60, "Onboarding", "/admin/onboarding", Set.of("onboarding:write"));
	}

	@GetMapping("/admin/onboarding")
	String list(@RequestParam MultiValueMap<String, String> query, Model model) {
		ListPage page = lists.read("/api/v1/onboarding/jobs", "/admin/onboarding", query, List.of());
		model.addAttribute("page", page);
		model.addAttribute("progress", page.items().stream().map(OnboardingProgress::of).toList());
		return "backoffice/onboarding/list";
	}

	@GetMapping("/admin/onboarding/{id}")
	String job(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> query, Model model) {
		Map<String, Object> job = api.get("/api/v1/onboarding/jobs/" + id);
		model.addAttribute("job", job);
		model.addAttribute("progress", OnboardingProgress.of(job));
		model.addAttribute("items", lists.read("/api/v1/onboarding/jobs/" + id + "/items", "/admin/onboarding/" + id,
				query, List.of("state")));
		model.addAttribute("states", STATES);
		return "backoffice/onboarding/job";
	}

	/**
	 * The progress bar alone, which the job's page swaps in every second while the job runs; once it
	 * has ended, htmx is told to reload the page, whose items and actions then show the outcome.
	 */
	@GetMapping("/admin/onboarding/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		Map<String, Object> job = api.get("/api/v1/onboarding/jobs/" + id);
		OnboardingProgress progress = OnboardingProgress.of(job);
		model.addAttribute("job", job);
		model.addAttribute("progress", progress);
		if (!progress.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "backoffice/onboarding/job :: progress";
	}
}
