package dev.plaza.storefront.internal;

import dev.plaza.catalog.CinemaChanged;
import dev.plaza.catalog.MovieChanged;
import dev.plaza.catalog.RoomChanged;
import dev.plaza.catalog.ShowtimeCancelled;
import dev.plaza.catalog.ShowtimesScheduled;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Any change to a tenant's catalog evicts all of that tenant's page models: one change can show on
 * many pages (a renamed cinema on every movie page of its city), and changes are rare next to reads.
 */
@Component
class CatalogChanges {

	private final PageModels models;

	CatalogChanges(PageModels models) {
		this.models = models;
	}

	@ApplicationModuleListener
	void on(ShowtimesScheduled event) {
		evict(event.tenant());
	}

	@ApplicationModuleListener
	void on(ShowtimeCancelled event) {
		evict(event.tenant());
	}

	@ApplicationModuleListener
	void on(MovieChanged event) {
		evict(event.tenant());
	}

	@ApplicationModuleListener
	void on(CinemaChanged event) {
		evict(event.tenant());
	}

	@ApplicationModuleListener
	void on(RoomChanged event) {
		evict(event.tenant());
	}

	private void evict(TenantId tenant) {
		TenantContext.runAs(tenant, () -> models.evict(tenant));
	}
}
