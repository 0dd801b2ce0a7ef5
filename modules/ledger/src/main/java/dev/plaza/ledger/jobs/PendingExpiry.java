package dev.plaza.ledger.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases the reservations of pending transfers past their timeout, twice a second, so that an
 * expired reservation stops counting against balances at most about half a second late. Safe on
 * several instances at once: each takes expired transfers the others have not locked.
 */
@Component
class PendingExpiry {

	private static final Logger log = LoggerFactory.getLogger(PendingExpiry.class);

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	PendingExpiry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${plaza.ledger.expiry-interval:PT0.5S}")
	void expire() {
		int expired;
		do {
			expired = jdbc.sql("SELECT ledger.expire_pending_transfers(:max)").param("max", CHUNK).query(Integer.class).single();
			if (expired > 0) {
				log.info("Released {} expired pending transfers", expired);
			}
		}
		while (expired == CHUNK);
	}
}
