package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Set;

import dev.plaza.backoffice.application.DocumentDifference;
import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Country and tenant configuration (the {@code rules} module's): the tenant's country and its own
 * overrides, every country's versions, and what changed between two versions of one.
 */
@Controller
class ConfigurationPage implements Section {

	private final StaffApi api;

	private final Lists lists;

	ConfigurationPage(StaffApi api, Lists lists) {
		this.api = api;
		this.lists = lists;
	}

	@Override
	public Entry entry() {
		return new Entry(40, "Configuration", "/admin/configuration", Set.of("tenant:read", "config:write"));
	}

	@GetMapping("/admin/configuration")
	String configuration(Model model) {
		model.addAttribute("tenantConfiguration", api.find("/api/v1/config/tenant").orElse(null));
		model.addAttribute("countries", api.get("/api/v1/config/countries").get("items"));
		return "backoffice/configuration";
	}

	@GetMapping("/admin/configuration/countries/{country}")
	String country(@PathVariable String country, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam MultiValueMap<String, String> query, Model model) {
		String versions = "/api/v1/config/countries/" + country + "/versions";
		model.addAttribute("country", country);
		model.addAttribute("page", lists.read(versions, "/admin/configuration/countries/" + country, query, List.of()));
		if (from != null && to != null) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("changes", DocumentDifference.between(api.get(versions + "/" + from).get("document"),
					api.get(versions + "/" + to).get("document")));
		}
		return "backoffice/country";
	}
}
