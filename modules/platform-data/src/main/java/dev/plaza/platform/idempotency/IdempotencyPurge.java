package dev.plaza.platform.idempotency;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops idempotency records past their retention. Safe to run on every instance at once. */
@Component
class IdempotencyPurge {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

	private final IdempotencyRecords records;

	private final IdempotencyProperties properties;

	IdempotencyPurge(IdempotencyRecords records, IdempotencyProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${plaza.idempotency.purge-interval:PT10M}", initialDelayString = "PT1M")
	void purge() {
		long purged = records.purgeOlderThan(Instant.now().minus(properties.retention()));
		if (purged > 0) {
			log.info("Purged {} idempotency records older than {}", purged, properties.retention());
		}
	}
}
