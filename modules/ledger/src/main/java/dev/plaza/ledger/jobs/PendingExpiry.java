package dev.plaza.ledger.jobs;

import dev.plaza.ledger.application.LedgerProperties;
import dev.plaza.ledger.persistence.LedgerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Releases the reservations of pending transfers past their timeout, every {@code expiry-interval}
 * (half a second), so that an expired reservation stops counting against balances about that late at most. Safe on
 * several instances at once: each takes expired transfers the others have not locked.
 */
@Component
class PendingExpiry implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(PendingExpiry.class);

	private static final int CHUNK = 1000;

	private final LedgerRepository ledger;

	private final LedgerProperties properties;

	PendingExpiry(LedgerRepository ledger, LedgerProperties properties) {
		this.ledger = ledger;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::expire, properties.expiryInterval());
	}

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
