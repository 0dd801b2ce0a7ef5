package dev.plaza.identity.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.application.People;
import dev.plaza.identity.domain.Role;
import dev.plaza.tenancy.OrganizationId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an organization asks of its people at login: which roles must give a TOTP code. */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/security")
class OrganizationSecurityController {

	private final People people;

	OrganizationSecurityController(People people) {
		this.people = people;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_users:read', 'SCOPE_users:write', 'SCOPE_platform:admin')")
	SecuritySettings get(@PathVariable UUID orgId) {
		return SecuritySettings.of(people.secondFactorRequiredFor(new OrganizationId(orgId)));
	}

	/**
	 * Requires holders of the roles named ({@code owner}, {@code admin}) to log in with a TOTP code.
	 * Those not enrolled yet are e-mailed an enrolment link at their next login. Owners only.
	 */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyAuthority('SCOPE_users:write', 'SCOPE_platform:admin')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "403", description = "The token lacks users:write or is not an owner's (type owner-only)")
	SecuritySettings put(@PathVariable UUID orgId, @RequestBody SecuritySettings request) {
		return SecuritySettings.of(people.requireSecondFactor(StaffCallers.current(), new OrganizationId(orgId),
				request.secondFactorRequiredFor()));
	}

	record SecuritySettings(List<String> secondFactorRequiredFor) {

		static SecuritySettings of(Set<Role> roles) {
			return new SecuritySettings(roles.stream().sorted().map(Role::code).toList());
		}
	}
}
