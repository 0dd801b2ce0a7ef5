package dev.plaza.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.plaza.identity.application.PersonScopes;
import dev.plaza.identity.application.TenantClients;
import dev.plaza.identity.persistence.ApiClient;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API clients of one tenant. The platform operator — or the tenant's own owners and admins, with
 * {@code clients:write} — registers them: confidential clients (partners' servers, with a secret)
 * and public clients (apps people log in through, with redirect URIs). The operator rotates secrets
 * and deletes clients; a tenant's own token may list them (never their secrets).
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/clients")
class ClientController {

	private static final String PLATFORM_ADMIN = "SCOPE_platform:admin";

	private final TenantClients clients;

	ClientController(TenantClients clients) {
		this.clients = clients;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_platform:admin', 'SCOPE_clients:write')")
	@Operation(summary = "Register a client", description = """
			`type` `confidential` (the default) registers a partner's server: the answer carries its \
			`clientSecret`, once. `type` `public` registers an app people log in through with the \
			authorization code flow and PKCE (S256): no secret; `redirectUris` (required) are absolute, \
			without fragment, https — or http on loopback (127.0.0.1, [::1], localhost) — and are matched \
			exactly; `postLogoutRedirectUris` are where RP-initiated logout may return to. A public client \
			may also ask for `openid`, `profile`, `email` and `offline_access`. `consent` (public clients, \
			default true) asks people before the app may act for them; only the platform operator may \
			register a client without consent. A tenant's token (scope `clients:write`) may grant only \
			scopes it holds itself.""")
	@ApiResponse(responseCode = "201")
	ResponseEntity<NewClientView> create(@PathVariable UUID tenantId, @Valid @RequestBody NewClient request,
			Authentication caller) {
		TenantId tenant = new TenantId(tenantId);
		boolean operator = holds(caller, PLATFORM_ADMIN);
		if (!operator) {
			requireHeld(caller, request.scopes());
		}
		NewClientView created;
		if (request.type() == Type.PUBLIC) {
			if (Boolean.FALSE.equals(request.consent()) && !operator) {
				throw new Problem(ProblemType.FORBIDDEN, "Only the platform operator may register a client that skips "
						+ "people's consent. Leave 'consent' out, or set it to true.");
			}
			ApiClient client = clients.registerPublic(tenant, request.name(), request.scopes(), orEmpty(request.redirectUris()),
					orEmpty(request.postLogoutRedirectUris()), !Boolean.FALSE.equals(request.consent()));
			created = NewClientView.of(client, null);
		}
		else {
			TenantClients.IssuedClient issued = clients.register(tenant, request.name(), request.scopes());
			created = NewClientView.of(issued.client(), issued.secret());
		}
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenantId + "/clients")).body(created);
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_tenant:read', 'SCOPE_platform:admin')")
	List<ClientView> list(@PathVariable UUID tenantId) {
		return clients.of(new TenantId(tenantId)).stream()
			.map(client -> new ClientView(client.clientId(), client.name(), client.type().code(), client.scopes(),
					client.redirectUris(), client.createdAt()))
			.toList();
	}

	/** A new secret, answered once; the old secret stops working at once. A tenant's owner or admin rotates their own. */
	@PostMapping("/{clientId}/secret")
	@PreAuthorize("hasAnyAuthority('SCOPE_platform:admin', 'SCOPE_clients:write')")
	NewClientView rotateSecret(@PathVariable UUID tenantId, @PathVariable String clientId) {
		requireOwnTenant(tenantId);
		TenantClients.IssuedClient issued = clients.rotateSecret(new TenantId(tenantId), clientId);
		return NewClientView.of(issued.client(), issued.secret());
	}

	/** Deletes the client; every token it was issued stops working within seconds, on every instance. */
	@DeleteMapping("/{clientId}")
	@PreAuthorize("hasAnyAuthority('SCOPE_platform:admin', 'SCOPE_clients:write')")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> delete(@PathVariable UUID tenantId, @PathVariable String clientId) {
		requireOwnTenant(tenantId);
		clients.delete(new TenantId(tenantId), clientId);
		return ResponseEntity.noContent().build();
	}

	/** A tenant's token reaches its own tenant's clients only; the platform operator's, every tenant's. */
	private static void requireOwnTenant(UUID tenantId) {
		TenantId caller = TenantContext.current().orElse(null);
		if (caller != null && !caller.isPlatform() && !caller.value().equals(tenantId)) {
			throw Problem.notFound("tenant", tenantId);
		}
	}

	/** A tenant's owner or admin cannot make a client stronger than their own token. */
	private static void requireHeld(Authentication caller, Set<String> scopes) {
		Set<String> lacking = new TreeSet<>(scopes);
		lacking.removeAll(PersonScopes.OPENID_CONNECT);
		lacking.removeIf(scope -> holds(caller, "SCOPE_" + scope));
		if (!lacking.isEmpty()) {
			throw new Problem(ProblemType.FORBIDDEN, "The access token lacks scopes " + lacking
					+ " it asks the client to be granted. Ask only for scopes your token holds.");
		}
	}

	private static boolean holds(Authentication caller, String authority) {
		return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

	private static List<String> orEmpty(List<String> uris) {
		return uris == null ? List.of() : uris;
	}

	enum Type {
		@JsonProperty("confidential")
		CONFIDENTIAL,
		@JsonProperty("public")
		PUBLIC
	}

	record NewClient(
			@NotNull @Size(min = 1, max = 200) @Pattern(regexp = "^[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .,'&()/+_-]*$",
					message = "must start with a letter or digit and use only letters, digits, spaces and . , ' & ( ) / + _ -") String name,
			@NotNull @NotEmpty(message = "must name at least one scope") Set<@NotNull @Pattern(
					regexp = "^([a-z]+:[a-z]+|openid|profile|email|offline_access)$",
					message = "must look like 'area:action', for example 'ledger:write', or be an OpenID Connect scope") String> scopes,
			@Schema(description = "confidential (default) or public") Type type,
			@Size(max = 20) List<@NotNull @Size(max = 2000) String> redirectUris,
			@Size(max = 20) List<@NotNull @Size(max = 2000) String> postLogoutRedirectUris,
			@Schema(description = "public clients: whether people are asked to consent (default true)") Boolean consent) {

		@Override
		public Type type() {
			return type == null ? Type.CONFIDENTIAL : type;
		}
	}

	/**
	 * A registered client. {@code clientSecret} only for a confidential client, and only in the answer
	 * that creates or rotates it.
	 */
	record NewClientView(String clientId, @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret, String type,
			Set<String> scopes, UUID tenantId, List<String> redirectUris, List<String> postLogoutRedirectUris,
			boolean consent) {

		static NewClientView of(ApiClient client, String secret) {
			return new NewClientView(client.clientId(), secret, client.type().code(), client.scopes(),
					client.tenant().value(), client.redirectUris(), client.postLogoutRedirectUris(), client.consent());
		}
	}

	record ClientView(String clientId, String name, String type, Set<String> scopes, List<String> redirectUris,
			Instant createdAt) {
	}
}
