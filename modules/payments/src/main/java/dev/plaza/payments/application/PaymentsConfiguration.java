package dev.plaza.payments.application;

import dev.plaza.payments.processor.CardProcessor;
import dev.plaza.payments.processor.HttpCardProcessor;
import dev.plaza.payments.processor.WebhookSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsProperties.class)
class PaymentsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentsConfiguration.class);

	@Bean
	CardProcessor cardProcessor(PaymentsProperties properties) {
		if (properties.processorUrl() == null || properties.processorUrl().toString().isBlank()) {
			throw new IllegalStateException("No card processor is configured: set plaza.payments.processor-url "
					+ "(PLAZA_PAYMENTS_PROCESSORURL) and plaza.payments.api-key to the processor's API and Plaza's key there");
		}
		return new HttpCardProcessor(properties.processorUrl(), properties.apiKey(), properties.budget(),
				properties.circuitOpenFor());
	}

	@Bean
	WebhookSignatures webhookSignatures(PaymentsProperties properties) {
		if (properties.webhookSecret().isBlank()) {
			log.warn("plaza.payments.webhook-secret is not set: every card-processor webhook will be refused, and pending "
					+ "payments are settled only by the verification job");
		}
		return new WebhookSignatures(properties.webhookSecret(), properties.webhookTolerance());
	}
}
