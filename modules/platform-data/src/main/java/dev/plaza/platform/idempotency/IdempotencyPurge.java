package dev.plaza.platform.idempotency;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Drops idempotency records past their retention. Safe to run on every instance at once. */
@Component
class IdempotencyPurge implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

	private final IdempotencyRecords records;

	private final IdempotencyProperties properties;

	IdempotencyPurge(IdempotencyRecords records, IdempotencyProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	/** Every {@code purge-interval}, the first a minute after start, when start-up work is done. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::purge, properties.purgeInterval(), Duration.ofMinutes(1)));
	}

	void purge() {
		long purged = records.purgeOlderThan(Instant.now().minus(properties.retention()));
		if (purged > 0) {
			log.info("Purged {} idempotency records older than {}", purged, properties.retention());
		}
	}
}
