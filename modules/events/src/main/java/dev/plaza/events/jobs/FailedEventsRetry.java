package dev.plaza.events.jobs;

import dev.plaza.events.application.EventsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A listener fails on a passing trouble
 * (no pooled connection came free under load, a deadlock victim) as readily as on a lasting one;
 * without this, its event waited for the next restart, leaving a paid order unconfirmed until
 * then. Listeners are idempotent, so a second delivery of something done changes nothing.
 */
@Component
@EnableConfigurationProperties(EventsProperties.class)
class FailedEventsRetry {

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	FailedEventsRetry(FailedEventPublications failed, EventsProperties properties) {
		this.failed = failed;
		this.options = ResubmissionOptions.defaults().withMinAge(properties.retryFailedAfter()).withMaxInFlight(8).withBatchSize(200);
	}

	@Scheduled(fixedDelayString = "${plaza.events.retry-failed-every:PT15S}", initialDelayString = "PT15S")
	void retry() {
		failed.resubmit(options);
	}
}
