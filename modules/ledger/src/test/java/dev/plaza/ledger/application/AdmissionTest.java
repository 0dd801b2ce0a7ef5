package dev.plaza.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdmissionTest {

	@Test
	void refusesRequestsBeyondTheQueueBoundUntilTheWriterTakesSome() {
		Admission admission = new Admission(2, 1_000);

		assertThat(admission.admit(1)).isTrue();
		assertThat(admission.admit(1)).isTrue();
		assertThat(admission.admit(1)).as("a third request waiting").isFalse();
		admission.taken(2, 2);

		assertThat(admission.admit(1)).isTrue();
		assertThat(admission.queuedRequests()).isEqualTo(1);
	}

	@Test
	void refusesTransfersBeyondTheBoundButNeverARequestMeetingAnEmptyQueue() {
		Admission admission = new Admission(100, 1_000);

		assertThat(admission.admit(8_000)).as("alone in the queue, however large").isTrue();
		assertThat(admission.admit(1)).as("behind 8,000 transfers").isFalse();
		admission.taken(1, 8_000);

		assertThat(admission.admit(600)).isTrue();
		assertThat(admission.admit(600)).isFalse();
		assertThat(admission.admit(400)).isTrue();
	}
}
