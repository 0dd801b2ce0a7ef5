package dev.plaza;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import dev.plaza.sims.cardprocessor.CardProcessorSimulator;
import dev.plaza.sims.cardprocessor.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no card processor configured ({@code plaza.payments.processor-url}), Plaza pays at the simulated
 * card processor it bundles, as it keeps its data in an embedded PostgreSQL when no database is
 * configured: the simulator starts here on a free port of 127.0.0.1, before any bean needs it, with a
 * fresh API key and webhook secret; it sends its webhooks to Plaza once Plaza's port is known, and stops
 * with Plaza, or when Plaza fails to start. A WARN says so, since no real money moves. Tests reach the simulator as a bean.
 */
class BundledCardProcessor implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String WEBHOOKS = "/api/v1/payments/webhooks/card-processor";

	private static final Logger log = LoggerFactory.getLogger(BundledCardProcessor.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("plaza.payments.processor-url"))) {
			return;
		}
		String apiKey = "sk_sim_" + UUID.randomUUID().toString().replace("-", "");
		String webhookSecret = "whsec_sim_" + UUID.randomUUID().toString().replace("-", "");
		CardProcessorSimulator simulator = CardProcessorSimulator.start(Settings.defaults()
			.withApiKey(apiKey)
			.withWebhookSecret(webhookSecret));
		environment.getPropertySources().addFirst(new MapPropertySource("bundledCardProcessor", Map.of(
				"plaza.payments.processor-url", simulator.baseUrl().toString(), "plaza.payments.api-key", apiKey,
				"plaza.payments.webhook-secret", webhookSecret)));
		StartedBeans.register(context, "bundledCardProcessor", simulator);
		context.addApplicationListener((ApplicationListener<WebServerInitializedEvent>) started -> {
			if (started.getApplicationContext() == context) {
				simulator.sendWebhooksTo(URI.create("http://127.0.0.1:" + started.getWebServer().getPort() + WEBHOOKS));
			}
		});
		log.warn("No card processor is configured (plaza.payments.processor-url): payments go to the bundled card-processor "
				+ "simulator at {}, which knows only test tokens (tok_approve, tok_decline, tok_timeout, tok_pending, "
				+ "tok_duplicate_webhook) and moves no money", simulator.baseUrl());
	}
}
