package dev.plaza.identity.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Who asks to change an organization's people: the platform operator, a person of the organization
 * (a token whose {@code sub} is their id), or a tenant's API client. Only the operator and owners
 * make or unmake owners.
 *
 * @param member the person's id when a person asks; empty for the operator and API clients
 */
public record StaffCaller(boolean platformAdmin, Optional<UUID> member) {

	public static StaffCaller platform() {
		return new StaffCaller(true, Optional.empty());
	}

	public static StaffCaller person(UUID member) {
		return new StaffCaller(false, Optional.of(member));
	}

	/** A token's caller: its {@code sub} names a person when it is a person's id. */
	public static StaffCaller of(boolean platformAdmin, String subject) {
		try {
			return new StaffCaller(platformAdmin, subject == null ? Optional.empty() : Optional.of(UUID.fromString(subject)));
		}
		catch (IllegalArgumentException notAPerson) {
			return new StaffCaller(platformAdmin, Optional.empty());
		}
	}
}
