package dev.plaza.identity.application;

import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;

/**
 * A person of an organization's staff, as login sees them once their password was accepted.
 *
 * @param environments the environments they may log into; a token is for one of them
 * @param secondFactor whether they must also give a TOTP code (enrolled, or required by the
 * organization for their role)
 */
public record StaffMember(UUID id, OrganizationId organization, String email, String name, Set<Role> roles,
		Set<Environment> environments, boolean secondFactor) {

	public StaffMember {
		roles = Set.copyOf(roles);
		environments = Set.copyOf(environments);
	}

	/** The scopes the member's roles hold together. */
	public Set<String> scopes() {
		return Role.scopesOf(roles);
	}
}
