package dev.plaza.identity.jobs;

import dev.plaza.identity.persistence.StaffSessionRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps people's sessions to those that can still answer: an expired one holds nothing usable. */
@Component
class ExpiredSessions {

	private final StaffSessionRepository sessions;

	ExpiredSessions(StaffSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	void forget() {
		sessions.forgetExpired();
	}
}
