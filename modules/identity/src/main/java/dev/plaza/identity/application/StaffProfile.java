package dev.plaza.identity.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.identity.persistence.StaffAccount;
import dev.plaza.tenancy.Environment;

/** A person as the organization's people API shows them: never a password hash, secret or token. */
public record StaffProfile(UUID id, String email, String name, Set<Role> roles, Set<Environment> environments,
		StaffStatus status, boolean secondFactor, Instant createdAt) {

	public StaffProfile {
		roles = Set.copyOf(roles);
		environments = Set.copyOf(environments);
	}

	static StaffProfile of(StaffAccount account) {
		return new StaffProfile(account.id(), account.email(), account.name(), account.roles(), account.environments(),
				account.status(), account.totpEnrolled(), account.createdAt());
	}
}
