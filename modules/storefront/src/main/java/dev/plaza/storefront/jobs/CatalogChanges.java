package dev.plaza.storefront.jobs;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.storefront.application.PageModels;
import dev.plaza.venues.CinemaChanged;
import dev.plaza.venues.MovieChanged;
import dev.plaza.venues.RoomChanged;
import dev.plaza.venues.ShowtimeCancelled;
import dev.plaza.venues.ShowtimesScheduled;
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
