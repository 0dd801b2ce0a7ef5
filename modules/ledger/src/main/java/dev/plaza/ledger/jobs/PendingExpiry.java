package dev.plaza.ledger.jobs;

import dev.plaza.ledger.persistence.LedgerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private final LedgerRepository ledger;

	PendingExpiry(LedgerRepository ledger) {
		this.ledger = ledger;
	}

	@Scheduled(fixedDelayString = "${plaza.ledger.expiry-interval:PT0.5S}")
	void expire() {
		int expired;
		do {
			expired = ledger.expirePending(CHUNK);
			if (expired > 0) {
				log.info("Released {} expired pending transfers", expired);
			}
		}
		while (expired == CHUNK);
	}
}
