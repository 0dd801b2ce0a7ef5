package dev.plaza.notifications.application;

import dev.plaza.notifications.WebhookEventTypes;
import dev.plaza.notifications.jobs.EventsToWebhooks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

	/** The other modules' events passed on by {@link EventsToWebhooks}. */
	@Bean
	WebhookEventTypes cinemaAndLedgerEvents() {
		return WebhookEventTypes.of(EventsToWebhooks.SHOWTIME_CANCELLED, EventsToWebhooks.SEATS_HELD,
				EventsToWebhooks.SEATS_RELEASED, EventsToWebhooks.TRANSFERS_POSTED, EventsToWebhooks.AUDIT_HEAD);
	}
}
