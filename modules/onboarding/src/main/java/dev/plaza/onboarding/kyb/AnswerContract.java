package dev.plaza.onboarding.kyb;

import java.util.List;
import java.util.Optional;

import dev.plaza.onboarding.domain.Verdict;
import plaza.kyb.v1.Reason;
import plaza.kyb.v1.Status;
import plaza.kyb.v1.VerifyResponse;

/**
 * Checks the answers on one Verify stream against the contract, and takes the verdict once: the first
 * answer is the verdict, repeats of it (the provider delivers at least once) are dropped, and a repeat
 * that disagrees, like any answer breaking the contract, refuses the whole attempt.
 */
final class AnswerContract {

	private AnswerContract() {
	}

	static Attempt read(String requestId, List<VerifyResponse> answers) {
		if (answers.isEmpty()) {
			return broken("the stream closed without an answer");
		}
		VerifyResponse answer = answers.getFirst();
		Optional<String> violation = violation(requestId, answer);
		if (violation.isPresent()) {
			return broken(violation.get());
		}
		if (answers.stream().anyMatch(repeat -> !repeat.equals(answer))) {
			return broken("a repeated answer disagrees with the first");
		}
		return new Attempt.Answered(switch (answer.getStatus()) {
			case VERIFIED -> new Verdict.Verified(answer.getProviderReference());
			default -> new Verdict.Rejected(answer.getReasonsList().stream().map(AnswerContract::describe).toList());
		});
	}

	private static Optional<String> violation(String requestId, VerifyResponse answer) {
		if (!answer.getRequestId().equals(requestId)) {
			return Optional.of("the answer is about request " + answer.getRequestId() + ", not " + requestId);
		}
		return switch (answer.getStatus()) {
			case VERIFIED, REJECTED -> common(answer);
			default -> Optional.of("the answer has no known status (" + answer.getStatus() + ")");
		};
	}

	private static Optional<String> common(VerifyResponse answer) {
		if (answer.getProviderReference().isBlank()) {
			return Optional.of("the answer has no provider reference");
		}
		if (!answer.hasCheckedAt()) {
			return Optional.of("the answer does not say when the business was checked");
		}
		boolean rejected = answer.getStatus() == Status.REJECTED;
		if (rejected && (answer.getReasonsCount() == 0
				|| answer.getReasonsList().stream().anyMatch(reason -> reason.getCode().isBlank()))) {
			return Optional.of("a rejection must give at least one reason, each with a code");
		}
		if (!rejected && answer.getReasonsCount() > 0) {
			return Optional.of("a verification must not give reasons");
		}
		return Optional.empty();
	}

	private static String describe(Reason reason) {
		return reason.getDescription().isBlank() ? reason.getCode() : reason.getCode() + ": " + reason.getDescription();
	}

	private static Attempt broken(String violation) {
		return new Attempt.Retryable("the answer broke the contract: " + violation, Optional.empty());
	}
}
