package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Set;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's audit log, newest first, filtered on the server, with whether its hash chain verifies. */
@Controller
class AuditPage implements Section {

	static final List<List<String>> FILTERS = List.of(List.of("action", "Action"), List.of("actor", "Actor id"),
			List.of("resourceType", "Resource type"), List.of("resourceId", "Resource id"),
			List.of("from", "From (ISO 8601 instant)"), List.of("to", "To (ISO 8601 instant)"));

	private final StaffApi api;

	private final Lists lists;

	AuditPage(StaffApi api, Lists lists) {
		this.api = api;
		this.lists = lists;
	}

	@Override
	public Entry entry() {
		return new Entry(30, "Audit log", "/admin/audit", Set.of("audit:read"));
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("verification", api.get("/api/v1/audit/verification"));
		model.addAttribute("page", lists.read("/api/v1/audit", "/admin/audit", query,
				FILTERS.stream().map(List::getFirst).toList()));
		model.addAttribute("fields", FILTERS);
		return "backoffice/audit";
	}
}
