package dev.plaza.reservations.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hygiene, not correctness: an expired seat or stock claim stops counting by itself the moment it
 * expires. This deletes claims that lapsed over an hour ago, so the claims tables (and the sums of
 * reserved units) hold about the live ones. Safe on several instances at once: each skips the rows
 * another is deleting.
 */
@Component
class LapsedClaimsPurge {

	private static final Logger log = LoggerFactory.getLogger(LapsedClaimsPurge.class);

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	LapsedClaimsPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${plaza.reservations.purge-interval:PT1M}")
	void purge() {
		var lapsedBefore = Instant.now().minus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
		purge("reservations.purge_lapsed_claims", "seat", lapsedBefore);
		purge("reservations.purge_lapsed_stock_claims", "stock", lapsedBefore);
	}

	private void purge(String function, String kind, OffsetDateTime lapsedBefore) {
		int purged;
		do {
			purged = jdbc.sql("SELECT " + function + "(:before, :max)")
				.param("before", lapsedBefore)
				.param("max", CHUNK)
				.query(Integer.class)
				.single();
			if (purged > 0) {
				log.info("Purged {} lapsed {} claims", purged, kind);
			}
		}
		while (purged == CHUNK);
	}
}
