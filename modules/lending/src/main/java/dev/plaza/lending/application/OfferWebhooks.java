package dev.plaza.lending.application;

import java.util.UUID;

import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import dev.plaza.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells lenders what became of their offers. The dedup key names the offer and what happened, so an
 * event the registry publishes again after a restart is sent once. No transaction around the listener:
 * one begun before the lender is bound would see none of its rows; publishing opens its own.
 */
@Component
class OfferWebhooks {

	static final String ACCEPTED = "offer.accepted";

	static final String WITHDRAWN = "offer.withdrawn";

	private final Webhooks webhooks;

	OfferWebhooks(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OfferSettled event) {
		TenantContext.runAs(event.lender(), () -> webhooks.publish(new WebhookEvent(event.type(),
				event.type() + "/" + event.offer(), new SettledOffer(event.offer().value(), event.application().value()))));
	}

	/** {@code offer.accepted} and {@code offer.withdrawn}: the offer and the application it was made for. */
	record SettledOffer(UUID offerId, UUID applicationId) {
	}
}
