package dev.plaza.ledger.application;

import java.time.Duration;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;

/** The ledger's own problem types, beside the platform's common ones. */
public final class LedgerProblems {

	public static final ProblemType BATCH_TOO_LARGE = new ProblemType("batch-too-large", "Batch too large", 413);

	public static final ProblemType ACCOUNT_EXISTS_WITH_DIFFERENT_FIELDS = new ProblemType(
			"account-exists-with-different-fields", "Account exists with different fields", 409);

	static final ProblemType HISTORY_NOT_KEPT = new ProblemType("history-not-kept", "History not kept", 409);

	static final ProblemType OVERLOADED = new ProblemType("ledger-overloaded", "Ledger overloaded", 503);

	private LedgerProblems() {
	}

	static Problem overloaded(int queued) {
		return new Problem(OVERLOADED, "The tenant's ledger already has " + queued
				+ " requests waiting, more than it applies in about a second. Send the request again after "
				+ "Retry-After, with the same transfer ids: each applies at most once.").retryAfter(Duration.ofSeconds(1));
	}
}
