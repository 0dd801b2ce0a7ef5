package dev.plaza.events.jobs;

import java.time.Duration;

import dev.plaza.events.application.EventsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A listener fails on a passing trouble
 * (no pooled connection came free under load, a deadlock victim) as readily as on a lasting one;
 * without this, its event waited for the next restart, leaving a paid order unconfirmed until
 * then. Listeners are idempotent, so a second delivery of something done changes nothing.
 */
@Component
@EnableConfigurationProperties(EventsProperties.class)
class FailedEventsRetry implements SchedulingConfigurer {

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	private final Duration every;

	FailedEventsRetry(FailedEventPublications failed, EventsProperties properties) {
		this.failed = failed;
		this.every = properties.retryFailedEvery();
		this.options = ResubmissionOptions.defaults().withMinAge(properties.retryFailedAfter()).withMaxInFlight(8).withBatchSize(200);
	}

	/** Every {@code retry-failed-every}, the first that long after start, when the restart's own republication is done. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::retry, every, every));
	}

	void retry() {
		failed.resubmit(options);
	}
}
