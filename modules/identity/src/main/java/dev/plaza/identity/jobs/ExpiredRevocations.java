package dev.plaza.identity.jobs;

import dev.plaza.identity.persistence.RevocationRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the revocation list short: an entry leaves it once every token it names has expired. */
@Component
class ExpiredRevocations {

	private final RevocationRepository revocations;

	ExpiredRevocations(RevocationRepository revocations) {
		this.revocations = revocations;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forget() {
		revocations.forgetExpired();
	}
}
