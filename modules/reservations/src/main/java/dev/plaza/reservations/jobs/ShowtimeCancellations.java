package dev.plaza.reservations.jobs;

import dev.plaza.platform.TenantContext;
import dev.plaza.reservations.application.SeatReservations;
import dev.plaza.venues.ShowtimeCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** A cancelled showtime's holds are released: nothing can be bought for it any more. */
@Component
class ShowtimeCancellations {

	private final SeatReservations reservations;

	ShowtimeCancellations(SeatReservations reservations) {
		this.reservations = reservations;
	}

	/**
	 * No transaction around the listener itself: one begun before the tenant is restored from the
	 * event would be bound to no tenant and see no rows. The release opens its own, inside.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ShowtimeCancelled event) {
		TenantContext.runAs(event.tenant(), () -> reservations.releaseAll(event.showtime()));
	}
}
