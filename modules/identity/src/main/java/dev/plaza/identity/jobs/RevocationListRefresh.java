package dev.plaza.identity.jobs;

import java.util.concurrent.TimeUnit;

import dev.plaza.identity.application.RevokedTokens;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the revocation list again every second, in every app that checks tokens, so that a token
 * revoked at any instance of identity is refused here within about a second.
 */
@Component
public class RevocationListRefresh {

	private final RevokedTokens revoked;

	RevocationListRefresh(RevokedTokens revoked) {
		this.revoked = revoked;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void refresh() {
		revoked.refresh();
	}
}
