package dev.plaza.inventory.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.plaza.inventory.application.StockProperties;
import dev.plaza.platform.ChunkedPurge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hygiene, not correctness: an expired stock claim stops counting by itself the moment it expires.
 * This deletes claims that lapsed over an hour ago, so the claims table (and the sums of reserved
 * units) hold about the live ones. Safe on several instances at once: each skips the rows another
 * is deleting.
 */
@Component
class LapsedStockClaimsPurge implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(LapsedStockClaimsPurge.class);

	private final JdbcClient jdbc;

	private final StockProperties properties;

	LapsedStockClaimsPurge(JdbcClient jdbc, StockProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::purge, properties.purgeInterval());
	}

	void purge() {
		Instant lapsedBefore = Instant.now().minus(1, ChronoUnit.HOURS);
		long purged = ChunkedPurge.lapsedBefore(jdbc, "inventory.purge_lapsed_stock_claims", lapsedBefore);
		if (purged > 0) {
			log.info("Purged {} lapsed stock claims", purged);
		}
	}
}
