package dev.plaza.onboarding.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.OnboardingItem;
import dev.plaza.onboarding.domain.Reason;
import dev.plaza.platform.TenantId;

/**
 * An item as stored: the row it came from and where it stands.
 *
 * @param organization the organization it was provisioned as; null before
 * @param note what provisioning found, such as an organization that already existed
 */
public record StoredItem(UUID id, TenantId tenant, UUID job, int row, Business business, ItemState state,
		List<Reason> reasons, int attempts, UUID organization, String note, Instant settledAt) {

	public OnboardingItem aggregate() {
		return new OnboardingItem(id, state, reasons, attempts);
	}
}
