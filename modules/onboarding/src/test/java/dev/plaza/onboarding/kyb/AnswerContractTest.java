package dev.plaza.onboarding.kyb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.protobuf.Timestamp;
import dev.plaza.onboarding.domain.Verdict;
import org.junit.jupiter.api.Test;
import plaza.kyb.v1.Reason;
import plaza.kyb.v1.Status;
import plaza.kyb.v1.VerifyResponse;

/** Each way an answer can break the contract, besides the one the simulator produces on demand. */
class AnswerContractTest {

	private static final VerifyResponse VERIFIED = VerifyResponse.newBuilder()
		.setRequestId("req-1")
		.setStatus(Status.VERIFIED)
		.setProviderReference("kyb_1")
		.setCheckedAt(Timestamp.newBuilder().setSeconds(1_800_000_000))
		.build();

	private static final VerifyResponse REJECTED = VERIFIED.toBuilder()
		.setStatus(Status.REJECTED)
		.addReasons(Reason.newBuilder().setCode("SANCTIONED").setDescription("On a sanctions list"))
		.build();

	@Test
	void validAnswersBecomeVerdictsAndIdenticalRepeatsAreDropped() {
		assertThat(AnswerContract.read("req-1", List.of(VERIFIED, VERIFIED)))
			.isEqualTo(new Attempt.Answered(new Verdict.Verified("kyb_1")));
		assertThat(AnswerContract.read("req-1", List.of(REJECTED)))
			.isEqualTo(new Attempt.Answered(new Verdict.Rejected(List.of("SANCTIONED: On a sanctions list"))));
	}

	@Test
	void answersBreakingTheContractAreRefusedSayingHow() {
		assertThat(violation(List.of())).contains("without an answer");
		assertThat(violation(List.of(VERIFIED.toBuilder().setRequestId("req-2").build()))).contains("about request req-2");
		assertThat(violation(List.of(VERIFIED.toBuilder().clearProviderReference().build()))).contains("provider reference");
		assertThat(violation(List.of(VERIFIED.toBuilder().clearCheckedAt().build()))).contains("checked");
		assertThat(violation(List.of(REJECTED.toBuilder().clearReasons().build()))).contains("at least one reason");
		assertThat(violation(List.of(VERIFIED.toBuilder().addAllReasons(REJECTED.getReasonsList()).build())))
			.contains("must not give reasons");
		assertThat(violation(List.of(VERIFIED, REJECTED))).contains("disagrees with the first");
	}

	private static String violation(List<VerifyResponse> answers) {
		Attempt attempt = AnswerContract.read("req-1", answers);
		assertThat(attempt).isInstanceOf(Attempt.Retryable.class);
		return ((Attempt.Retryable) attempt).reason();
	}
}
