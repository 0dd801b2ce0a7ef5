package dev.plaza.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import dev.plaza.rules.CountryConfiguration;
import org.junit.jupiter.api.Test;

class VersionHistoryTest {

	static final Instant MIDNIGHT = Instant.parse("2027-01-01T00:00:00Z");

	@Test
	void aVersionScheduledForMidnightIsInForceFromMidnightOn() {
		VersionHistory history = new VersionHistory(List.of(version(2, MIDNIGHT), version(1, Instant.EPOCH)));

		assertThat(history.inForceAt(MIDNIGHT.minusNanos(1)).map(CountryConfiguration::version)).contains(1);
		assertThat(history.inForceAt(MIDNIGHT).map(CountryConfiguration::version)).contains(2);
		assertThat(history.inForceAt(Instant.EPOCH.minusSeconds(1))).isEmpty();
	}

	@Test
	void aVersionPublishedNowOverAScheduledOneHoldsUntilThatOnesInstant() {
		Instant now = MIDNIGHT.minusSeconds(3600);
		VersionHistory history = new VersionHistory(List.of(version(1, Instant.EPOCH), version(2, MIDNIGHT), version(3, now)));

		assertThat(history.inForceAt(now).map(CountryConfiguration::version)).contains(3);
		assertThat(history.inForceAt(MIDNIGHT).map(CountryConfiguration::version)).contains(2);
	}

	@Test
	void ofTwoVersionsEffectiveAtOnceTheLaterOneHolds() {
		VersionHistory history = new VersionHistory(List.of(version(5, MIDNIGHT), version(4, MIDNIGHT)));

		assertThat(history.inForceAt(MIDNIGHT).map(CountryConfiguration::version)).contains(5);
	}

	private static CountryConfiguration version(int version, Instant effectiveFrom) {
		return TighteningTest.portugal(version, effectiveFrom, 5_000_000);
	}
}
