package dev.plaza.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class VerificationScheduleTest {

	final VerificationSchedule schedule = new VerificationSchedule(Duration.ofSeconds(10), Duration.ofMinutes(10));

	@Test
	void theWaitDoublesAfterEachUnsettledQuestionUpToTheLongest() {
		assertThat(schedule.waitAfter(0)).isEqualTo(Duration.ofSeconds(10));
		assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofSeconds(20));
		assertThat(schedule.waitAfter(3)).isEqualTo(Duration.ofSeconds(80));
		assertThat(schedule.waitAfter(6)).isEqualTo(Duration.ofMinutes(10));
		assertThat(schedule.waitAfter(1_000_000)).isEqualTo(Duration.ofMinutes(10));
	}
}
