package dev.plaza.orders.application;

import dev.plaza.notifications.WebhookEventTypes;
import dev.plaza.orders.jobs.OrderWebhooks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrdersProperties.class)
class OrdersConfiguration {

	/** Tenants may subscribe their webhook endpoints to these. */
	@Bean
	WebhookEventTypes orderWebhookEventTypes() {
		return WebhookEventTypes.of(OrderWebhooks.PAID, OrderWebhooks.CONFIRMED, OrderWebhooks.CANCELLED,
				OrderWebhooks.EXPIRED, OrderWebhooks.REFUNDED);
	}
}
