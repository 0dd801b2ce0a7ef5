package dev.plaza;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.sims.kyb.KybProviderSimulator;
import dev.plaza.sims.kyb.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no KYB provider configured ({@code plaza.onboarding.kyb.target}), onboarding verifies businesses at
 * the simulated KYB provider Plaza bundles, as payments go to the bundled card processor: the simulator
 * starts here on a free port of 127.0.0.1 with a fresh API key, before any bean needs it, and stops with
 * Plaza. Its behaviour comes from {@code plaza.sims.kyb.*} — {@code latency}, {@code jitter},
 * {@code transient-failure-rate}, {@code exhausted-rate}, {@code duplicate-rate}, {@code retry-after},
 * {@code max-concurrent-per-client} — so a benchmark can ask for 50 ms and 5 % transient failures. A WARN
 * says so, since no business is really checked.
 */
class BundledKybProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(BundledKybProvider.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("plaza.onboarding.kyb.target"))) {
			return;
		}
		String apiKey = "kyb_sim_" + UUID.randomUUID().toString().replace("-", "");
		KybProviderSimulator simulator = KybProviderSimulator.start(settings(Binder.get(environment)).withApiKeys(Set.of(apiKey)));
		environment.getPropertySources().addFirst(new MapPropertySource("bundledKybProvider", Map.of(
				"plaza.onboarding.kyb.target", simulator.target(), "plaza.onboarding.kyb.api-key", apiKey,
				"plaza.onboarding.kyb.plaintext", "true")));
		StartedBeans.register(context, "bundledKybProvider", simulator);
		log.warn("No KYB provider is configured (plaza.onboarding.kyb.target): businesses are verified by the bundled "
				+ "KYB-provider simulator at {}, which checks nothing (latency {}, transient failures {})", simulator.target(),
				simulator.settings().latency(), simulator.settings().transientFailureRate());
	}

	private static Settings settings(Binder properties) {
		Settings defaults = Settings.defaults();
		return defaults
			.withLatency(properties.bind("plaza.sims.kyb.latency", Duration.class).orElse(defaults.latency()),
					properties.bind("plaza.sims.kyb.jitter", Duration.class).orElse(defaults.jitter()))
			.withTransientFailureRate(properties.bind("plaza.sims.kyb.transient-failure-rate", Double.class)
				.orElse(defaults.transientFailureRate()))
			.withExhaustedRate(properties.bind("plaza.sims.kyb.exhausted-rate", Double.class).orElse(defaults.exhaustedRate()))
			.withDuplicateRate(properties.bind("plaza.sims.kyb.duplicate-rate", Double.class).orElse(defaults.duplicateRate()))
			.withRetryAfter(properties.bind("plaza.sims.kyb.retry-after", Duration.class).orElse(defaults.retryAfter()))
			.withMaxConcurrentPerClient(properties.bind("plaza.sims.kyb.max-concurrent-per-client", Integer.class)
				.orElse(defaults.maxConcurrentPerClient()));
	}
}
