package dev.plaza.lending.application;

import dev.plaza.notifications.WebhookEventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoansConfiguration {

	/** Tenants may subscribe their webhook endpoints to these. */
	@Bean
	WebhookEventTypes loanWebhookEventTypes() {
		return WebhookEventTypes.of(LoanWebhooks.DISBURSED, LoanWebhooks.REPAYMENT_RECEIVED, LoanWebhooks.CLOSED);
	}
}
