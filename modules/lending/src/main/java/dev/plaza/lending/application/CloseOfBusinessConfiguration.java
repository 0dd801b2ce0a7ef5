package dev.plaza.lending.application;

import dev.plaza.notifications.WebhookEventTypes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CloseOfBusinessProperties.class)
class CloseOfBusinessConfiguration {

	/** What the close of business tells lenders' webhook endpoints. */
	@Bean
	WebhookEventTypes closeOfBusinessWebhookEventTypes() {
		return WebhookEventTypes.of(LoanNotices.INSTALLMENT_DUE, LoanNotices.OVERDUE, LoanNotices.DELINQUENT);
	}
}
