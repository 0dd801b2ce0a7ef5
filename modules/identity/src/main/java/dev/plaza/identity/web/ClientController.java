package dev.plaza.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.application.TenantClients;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.platform.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API clients of one tenant. The platform operator creates them, rotates their secrets and deletes
 * them; a tenant's own token may list them (never their secrets).
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/clients")
class ClientController {

	private final TenantClients clients;

	ClientController(TenantClients clients) {
		this.clients = clients;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	@ApiResponse(responseCode = "201")
	ResponseEntity<NewClientView> create(@PathVariable UUID tenantId, @Valid @RequestBody NewClient request) {
		TenantClients.IssuedClient issued = clients.register(new TenantId(tenantId), request.name(), request.scopes());
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenantId + "/clients"))
			.body(new NewClientView(issued.client().clientId(), issued.secret(), issued.client().scopes(), tenantId));
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_tenant:read', 'SCOPE_platform:admin')")
	List<ClientView> list(@PathVariable UUID tenantId) {
		return clients.of(new TenantId(tenantId)).stream()
			.map(client -> new ClientView(client.clientId(), client.name(), client.scopes(), client.createdAt()))
			.toList();
	}

	/** A new secret, answered once; the old secret stops working at once. */
	@PostMapping("/{clientId}/secret")
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	NewClientView rotateSecret(@PathVariable UUID tenantId, @PathVariable String clientId) {
		TenantClients.IssuedClient issued = clients.rotateSecret(new TenantId(tenantId), clientId);
		return new NewClientView(clientId, issued.secret(), issued.client().scopes(), tenantId);
	}

	/** Deletes the client; every token it was issued stops working within seconds, on every instance. */
	@DeleteMapping("/{clientId}")
	@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
	@ApiResponse(responseCode = "204")
	ResponseEntity<Void> delete(@PathVariable UUID tenantId, @PathVariable String clientId) {
		clients.delete(new TenantId(tenantId), clientId);
		return ResponseEntity.noContent().build();
	}

	record NewClient(
			@NotNull @Size(min = 1, max = 200) @Pattern(regexp = "^[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .,'&()/+_-]*$",
					message = "must start with a letter or digit and use only letters, digits, spaces and . , ' & ( ) / + _ -") String name,
			@NotNull @NotEmpty(message = "must name at least one scope") Set<@NotNull @Pattern(regexp = "^[a-z]+:[a-z]+$",
					message = "must look like 'area:action', for example 'ledger:write'") String> scopes) {
	}

	record NewClientView(String clientId, String clientSecret, Set<String> scopes, UUID tenantId) {
	}

	record ClientView(String clientId, String name, Set<String> scopes, Instant createdAt) {
	}
}
