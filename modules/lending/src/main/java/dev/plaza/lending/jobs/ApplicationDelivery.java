package dev.plaza.lending.jobs;

import dev.plaza.lending.application.ApplicationSubmitted;
import dev.plaza.lending.application.CopyDelivery;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Delivers each submitted application to its lenders once the submission commits; the event stays in
 * the outbox until delivery completes, and a redelivery adds no copy.
 */
@Component
class ApplicationDelivery {

	private final CopyDelivery delivery;

	ApplicationDelivery(CopyDelivery delivery) {
		this.delivery = delivery;
	}

	/** Copies go to lenders' tenants, so delivery runs in the platform scope rather than the event's tenant. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ApplicationSubmitted event) {
		delivery.deliver(event.application());
	}
}
