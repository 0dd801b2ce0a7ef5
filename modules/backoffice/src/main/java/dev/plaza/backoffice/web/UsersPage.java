package dev.plaza.backoffice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's people: who they are, their role, their status; an owner or admin invites
 * (the person is e-mailed a link to choose a password), changes a role, deactivates.
 */
@Controller
class UsersPage implements Section {

	static final List<String> ROLES = List.of("owner", "admin", "operator", "analyst", "support");

	static final List<String> ENVIRONMENTS = List.of("demo", "staging", "production");

	private final StaffApi api;

	private final Lists lists;

	UsersPage(StaffApi api, Lists lists) {
		this.api = api;
		this.lists = lists;
	}

	@Override
	public Entry entry() {
		return new Entry(10, "Users and roles", "/admin/users", Set.of("users:read", "users:write"));
	}

	@GetMapping("/admin/users")
	String users(@RequestParam MultiValueMap<String, String> query, Model model) {
		model.addAttribute("page", lists.read(users(), "/admin/users", query, List.of()));
		model.addAttribute("roles", ROLES);
		model.addAttribute("environments", ENVIRONMENTS);
		return "backoffice/users";
	}

	@PostMapping("/admin/users")
	String invite(@RequestParam String email, @RequestParam String name, @RequestParam String role,
			@RequestParam(required = false) List<String> environments, RedirectAttributes redirect) {
		Map<String, Object> invitation = new LinkedHashMap<>();
		invitation.put("email", email.strip());
		invitation.put("name", name.strip());
		invitation.put("roles", List.of(role));
		invitation.put("environments", environments == null ? List.of() : environments);
		return Writes.done(redirect, () -> api.send(HttpMethod.POST, users(), invitation),
				"Invited " + email.strip() + ": they were e-mailed a link to choose their password.", "/admin/users");
	}

	@PostMapping("/admin/users/{userId}/role")
	String changeRole(@PathVariable String userId, @RequestParam String role, RedirectAttributes redirect) {
		return Writes.done(redirect, () -> api.send(HttpMethod.PATCH, users() + "/" + userId, Map.of("roles", List.of(role))),
				"Role changed to " + role + ".", "/admin/users");
	}

	@PostMapping("/admin/users/{userId}/deactivation")
	String deactivate(@PathVariable String userId, RedirectAttributes redirect) {
		return Writes.done(redirect, () -> api.send(HttpMethod.PATCH, users() + "/" + userId, Map.of("status", "suspended")),
				"Deactivated: their sessions and tokens ended.", "/admin/users");
	}

	private String users() {
		return "/api/v1/organizations/" + api.organization() + "/users";
	}
}
