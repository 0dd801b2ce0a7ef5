package dev.plaza.backoffice.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.plaza.backoffice.application.ApiRefused;
import dev.plaza.backoffice.application.Staff;
import dev.plaza.backoffice.application.StaffApi;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's API clients: create one (its secret is shown once, on the page that answers the
 * form, and never again), rotate its secret, delete it.
 */
@Controller
class ClientsPage implements Section {

	private final StaffApi api;

	ClientsPage(StaffApi api) {
		this.api = api;
	}

	@Override
	public Entry entry() {
		return new Entry(20, "API clients", "/admin/clients", Set.of("clients:write"));
	}

	@GetMapping("/admin/clients")
	String clients(Model model) {
		Staff staff = api.staff();
		model.addAttribute("clients", api.list(clients(staff)));
		model.addAttribute("grantable", grantable(staff));
		return "backoffice/clients";
	}

	@PostMapping("/admin/clients")
	String create(@RequestParam String name, @RequestParam(required = false) List<String> scopes, Model model,
			RedirectAttributes redirect) {
		Staff staff = api.staff();
		Map<String, Object> request = Map.of("name", name.strip(), "scopes", scopes == null ? List.of() : scopes);
		return secretShownOnce(() -> api.send(HttpMethod.POST, clients(staff), request), model, redirect);
	}

	@PostMapping("/admin/clients/{clientId}/secret")
	String rotate(@PathVariable String clientId, Model model, RedirectAttributes redirect) {
		return secretShownOnce(() -> api.send(HttpMethod.POST, clients(api.staff()) + "/" + clientId + "/secret", null),
				model, redirect);
	}

	@PostMapping("/admin/clients/{clientId}/deletion")
	String delete(@PathVariable String clientId, RedirectAttributes redirect) {
		return Writes.done(redirect, () -> api.send(HttpMethod.DELETE, clients(api.staff()) + "/" + clientId, null),
				"Deleted " + clientId + ": its tokens stop working within seconds.", "/admin/clients");
	}

	/** Rendered, not redirected: a secret must not wait in the session for a page to show it. */
	private String secretShownOnce(java.util.function.Supplier<Map<String, Object>> write, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("issued", write.get());
			return "backoffice/client-secret";
		}
		catch (ApiRefused refused) {
			if (refused.status() == 401 || refused.status() == 403) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/admin/clients";
		}
	}

	private static String clients(Staff staff) {
		return "/api/v1/tenants/" + staff.tenant() + "/clients";
	}

	/** A person may give a client only scopes they hold, and no person's login scopes. */
	private static Set<String> grantable(Staff staff) {
		Set<String> scopes = new TreeSet<>(staff.scopes());
		scopes.removeAll(Set.of("openid", "email", "profile", "offline_access"));
		return scopes;
	}
}
