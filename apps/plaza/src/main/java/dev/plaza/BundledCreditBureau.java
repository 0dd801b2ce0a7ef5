package dev.plaza;

import java.time.Duration;
import java.util.Map;

import dev.plaza.sims.creditbureau.CreditBureauSimulator;
import dev.plaza.sims.creditbureau.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no credit bureau configured ({@code plaza.lending.bureau.url}), lending checks applicants at the
 * simulated SOAP credit bureau Plaza bundles, as onboarding verifies businesses at the bundled KYB provider:
 * the simulator starts here on a free port of 127.0.0.1, before any bean needs it, and stops with Plaza.
 * Its behaviour comes from {@code plaza.sims.credit-bureau.*} — {@code latency} (default none),
 * {@code jitter}, {@code slow-delay}, {@code fault-rate}, {@code timeout-rate} — so a benchmark can ask for a
 * 100 ms bureau. A WARN says so, since no one's credit is really checked.
 */
class BundledCreditBureau implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(BundledCreditBureau.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("plaza.lending.bureau.url"))) {
			return;
		}
		CreditBureauSimulator simulator = CreditBureauSimulator.start(settings(Binder.get(environment)));
		environment.getPropertySources().addFirst(new MapPropertySource("bundledCreditBureau",
				Map.of("plaza.lending.bureau.url", simulator.url())));
		StartedBeans.register(context, "bundledCreditBureau", simulator);
		log.warn("No credit bureau is configured (plaza.lending.bureau.url): applicants are checked at the bundled "
				+ "credit-bureau simulator at {}, whose reports come from the national id (latency {}, faults {})",
				simulator.url(), simulator.settings().latency(), simulator.settings().faultRate());
	}

	private static Settings settings(Binder properties) {
		Settings defaults = Settings.defaults();
		return defaults
			.withLatency(properties.bind("plaza.sims.credit-bureau.latency", Duration.class).orElse(defaults.latency()),
					properties.bind("plaza.sims.credit-bureau.jitter", Duration.class).orElse(defaults.jitter()))
			.withSlowDelay(properties.bind("plaza.sims.credit-bureau.slow-delay", Duration.class).orElse(defaults.slowDelay()))
			.withFaultRate(properties.bind("plaza.sims.credit-bureau.fault-rate", Double.class).orElse(defaults.faultRate()))
			.withTimeoutRate(
					properties.bind("plaza.sims.credit-bureau.timeout-rate", Double.class).orElse(defaults.timeoutRate()));
	}
}
