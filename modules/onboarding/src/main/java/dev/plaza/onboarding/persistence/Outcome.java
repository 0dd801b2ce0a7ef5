package dev.plaza.onboarding.persistence;

import java.time.Instant;
import java.util.UUID;

import dev.plaza.onboarding.domain.OnboardingItem;

/**
 * What a worker made of a claimed item, written back with the others of its chunk in one statement.
 *
 * @param askAgainAt when the item is due again (a deferral); null for now
 * @param organization the organization it was provisioned as; null if not
 */
public record Outcome(OnboardingItem item, Instant askAgainAt, UUID organization, String note) {

	public static Outcome of(OnboardingItem item) {
		return new Outcome(item, null, null, null);
	}

	UUID id() {
		return item.id();
	}
}
