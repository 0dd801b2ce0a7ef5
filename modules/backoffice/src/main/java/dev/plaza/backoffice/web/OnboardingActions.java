package dev.plaza.backoffice.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.plaza.backoffice.application.ApiRefused;
import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What staff do with onboarding jobs: upload a file of businesses (CSV, or NDJSON when its name ends
 * so), send the failed items back to verification, and cancel a job. A file the API refuses comes
 * back on the list with the API's reason, naming the line to fix.
 */
@Controller
class OnboardingActions {

	private final StaffApi api;

	OnboardingActions(StaffApi api) {
		this.api = api;
	}

	@PostMapping("/admin/onboarding")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "onboard") String mode, RedirectAttributes next) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			next.addFlashAttribute("problem", "Choose a CSV or NDJSON file of businesses to upload.");
			return "redirect:/admin/onboarding";
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		MediaType type = name.endsWith(".ndjson") || name.endsWith(".jsonl") ? MediaType.valueOf("application/x-ndjson")
				: MediaType.valueOf("text/csv");
		Map<String, Object> job;
		try (var content = file.getInputStream()) {
			job = api.upload("/api/v1/onboarding/jobs" + ("validate".equals(mode) ? "?mode=validate" : ""), type, content);
		}
		catch (ApiRefused refused) {
			if (refused.status() == 401 || refused.status() == 403) {
				throw refused;
			}
			next.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/admin/onboarding";
		}
		next.addFlashAttribute("notice", "Uploaded " + job.get("total") + " businesses; their progress shows below.");
		return "redirect:/admin/onboarding/" + job.get("id");
	}

	@PostMapping("/admin/onboarding/{id}/retry-failed")
	String retry(@PathVariable UUID id, RedirectAttributes next) {
		return Writes.done(next, () -> api.send(HttpMethod.POST, "/api/v1/onboarding/jobs/" + id + "/retry-failed", null),
				"The failed items are back in verification.", "/admin/onboarding/" + id);
	}

	@PostMapping("/admin/onboarding/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes next) {
		return Writes.done(next, () -> api.send(HttpMethod.POST, "/api/v1/onboarding/jobs/" + id + "/cancel", null),
				"The job is cancelled; what was provisioned stays.", "/admin/onboarding/" + id);
	}
}
