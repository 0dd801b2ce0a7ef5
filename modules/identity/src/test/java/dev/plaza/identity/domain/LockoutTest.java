package dev.plaza.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutTest {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	@Test
	void fourFailuresInARowLockNothing() {
		assertThat(Lockout.lockedUntil(4, NOW)).isEmpty();
	}

	@Test
	void theFifthFailureLocksForAMinute() {
		assertThat(Lockout.lockedUntil(5, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
	}

	@Test
	void eachFurtherFailureDoublesTheLock() {
		assertThat(Lockout.lockedUntil(6, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
		assertThat(Lockout.lockedUntil(7, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
		assertThat(Lockout.lockedUntil(10, NOW)).contains(NOW.plus(Duration.ofMinutes(32)));
	}

	@Test
	void theLockNeverExceedsAnHour() {
		assertThat(Lockout.lockedUntil(11, NOW)).contains(NOW.plus(Duration.ofHours(1)));
		assertThat(Lockout.lockedUntil(1_000, NOW)).contains(NOW.plus(Duration.ofHours(1)));
	}
}
