package dev.plaza.reservations.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.plaza.platform.ChunkedPurge;
import dev.plaza.reservations.application.ReservationsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hygiene, not correctness: an expired seat claim frees its seat by itself the moment it expires.
 * This deletes claims that lapsed over an hour ago, so the claims table holds about the live ones.
 * Safe on several instances at once: each skips the rows another is deleting.
 */
@Component
class LapsedClaimsPurge implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(LapsedClaimsPurge.class);

	private final JdbcClient jdbc;

	private final ReservationsProperties properties;

	LapsedClaimsPurge(JdbcClient jdbc, ReservationsProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::purge, properties.purgeInterval());
	}

	void purge() {
		Instant lapsedBefore = Instant.now().minus(1, ChronoUnit.HOURS);
		long purged = ChunkedPurge.lapsedBefore(jdbc, "reservations.purge_lapsed_claims", lapsedBefore);
		if (purged > 0) {
			log.info("Purged {} lapsed seat claims", purged);
		}
	}
}
