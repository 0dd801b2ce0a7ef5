package dev.plaza.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.plaza.platform.FieldError;
import org.junit.jupiter.api.Test;

class HoldSettingsTest {

	static final HoldSettings DEFAULTS = new HoldSettings(Duration.ofMinutes(10), 10, 2, 1000, new Rate(50, 100),
			new Rate(20, 40));

	@Test
	void theDefaultsAreWithinBounds() {
		assertThat(DEFAULTS.violations()).isEmpty();
	}

	@Test
	void holdsLastFromOneSecondToOneHour() {
		assertThat(withTtl(Duration.ofSeconds(1)).violations()).isEmpty();
		assertThat(withTtl(Duration.ofHours(1)).violations()).isEmpty();
		assertThat(withTtl(Duration.ofMillis(999)).violations()).extracting(FieldError::field).containsExactly("holdTtlSeconds");
		assertThat(withTtl(Duration.ofSeconds(3601)).violations()).extracting(FieldError::field).containsExactly("holdTtlSeconds");
	}

	@Test
	void limitsAndRatesMustBePositiveAndBounded() {
		HoldSettings broken = new HoldSettings(Duration.ofMinutes(10), 0, 0, -1, new Rate(0, 1), new Rate(1, 2_000_000));

		assertThat(broken.violations()).extracting(FieldError::field).containsExactly("maxSeatsPerHold",
				"maxActiveHoldsPerCustomer", "maxActiveHoldsPerClient", "clientRate.perSecond", "ipRate.burst");
	}

	@Test
	void oneHoldTakesAtMostAHundredSeats() {
		HoldSettings tooMany = new HoldSettings(Duration.ofMinutes(10), 101, 2, 1000, new Rate(50, 100), new Rate(20, 40));

		assertThat(tooMany.violations()).extracting(FieldError::field).containsExactly("maxSeatsPerHold");
	}

	static HoldSettings withTtl(Duration ttl) {
		return new HoldSettings(ttl, 10, 2, 1000, new Rate(50, 100), new Rate(20, 40));
	}
}
