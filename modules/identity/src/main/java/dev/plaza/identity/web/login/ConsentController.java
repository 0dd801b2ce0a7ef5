package dev.plaza.identity.web.login;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.plaza.identity.application.PersonPrincipal;
import dev.plaza.identity.application.PersonScopes;
import dev.plaza.identity.application.StaffLogin;
import dev.plaza.identity.application.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks a logged-in person whether a third-party app may act for them, listing in words what it
 * would be able to do: only what the app asked for that the person's roles allow. The answer goes
 * to the authorization endpoint, which issues the code or tells the app access was denied.
 */
@Controller
class ConsentController {

	private final RegisteredClientRepository clients;

	private final StaffLogin staff;

	ConsentController(RegisteredClientRepository clients, StaffLogin staff) {
		this.clients = clients;
		this.staff = staff;
	}

	@GetMapping("/login/consent")
	String consent(@RequestParam("client_id") String clientId, @RequestParam(defaultValue = "") String scope,
			@RequestParam String state, Authentication authentication, Model model) {
		UUID memberId = PersonPrincipal.memberOf(authentication).orElse(null);
		RegisteredClient client = clients.findByClientId(clientId);
		StaffMember member = memberId == null ? null : staff.active(memberId).orElse(null);
		if (client == null || member == null) {
			return "redirect:/login";
		}
		Set<String> asked = new TreeSet<>(Arrays.asList(scope.split(" ")));
		asked.remove("");
		Set<String> granted = PersonScopes.granted(asked, client.getScopes(), member.roles());
		granted.remove(OidcScopes.OPENID);
		List<Permission> permissions = granted.stream().map(each -> new Permission(each, ScopeWords.of(each))).toList();
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", client.getClientName());
		model.addAttribute("state", state);
		model.addAttribute("permissions", permissions);
		return "login/consent";
	}

	record Permission(String scope, String words) {
	}
}
