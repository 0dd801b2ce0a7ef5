package dev.plaza.payments.web;

import dev.plaza.platform.PublicCallbacks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The processor calls back without a token; the webhook's signature authenticates it instead. */
@Configuration(proxyBeanMethods = false)
class ProcessorWebhookAccess {

	@Bean
	PublicCallbacks processorWebhooksArePublic() {
		return PublicCallbacks.of(WebhookController.PATH);
	}
}
