package dev.plaza.identity.persistence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.plaza.identity.domain.Role;
import dev.plaza.identity.domain.StaffStatus;
import dev.plaza.tenancy.Environment;
import dev.plaza.tenancy.OrganizationId;

/**
 * A person's row, secrets included: it never leaves the identity module's services.
 *
 * @param passwordHash null until the person sets a password
 * @param lockedUntil until when logins are refused after repeated failures; null when not locked
 * @param totpSecret the Base32 TOTP secret, once enrolment started; null before
 * @param totpLastStep the time step of the last TOTP code accepted; null before the first
 */
public record StaffAccount(UUID id, OrganizationId organization, String email, String name, Set<Role> roles,
		Set<Environment> environments, StaffStatus status, String passwordHash, int failedLogins, Instant lockedUntil,
		String totpSecret, boolean totpEnrolled, Long totpLastStep, Instant createdAt) {

	public StaffAccount {
		roles = Set.copyOf(roles);
		environments = Set.copyOf(environments);
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}
}
