package dev.plaza.lending.application;

import dev.plaza.notifications.WebhookEventTypes;
import dev.plaza.platform.PublicReads;
import dev.plaza.platform.PublicSubmissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionProperties.class)
class DecisionConfiguration {

	/** Lenders may subscribe their webhook endpoints to what becomes of their offers. */
	@Bean
	WebhookEventTypes offerWebhookEventTypes() {
		return WebhookEventTypes.of(OfferWebhooks.ACCEPTED, OfferWebhooks.WITHDRAWN);
	}

	/** An applicant on a lender's own storefront lists the offers of an application made there, without a token. */
	@Bean
	PublicReads offerReads() {
		return PublicReads.of("/api/v1/lending/applications/{id}/offers");
	}

	/** …and accepts one. */
	@Bean
	PublicSubmissions offerAcceptances() {
		return PublicSubmissions.of("/api/v1/lending/applications/{id}/offers/{offerId}/accept");
	}
}
