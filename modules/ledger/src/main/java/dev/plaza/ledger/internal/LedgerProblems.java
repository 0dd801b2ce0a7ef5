package dev.plaza.ledger.internal;

import dev.plaza.platform.ProblemType;

/** The ledger's own problem types, beside the platform's common ones. */
final class LedgerProblems {

	static final ProblemType BATCH_TOO_LARGE = new ProblemType("batch-too-large", "Batch too large", 413);

	static final ProblemType ACCOUNT_EXISTS_WITH_DIFFERENT_FIELDS = new ProblemType(
			"account-exists-with-different-fields", "Account exists with different fields", 409);

	static final ProblemType HISTORY_NOT_KEPT = new ProblemType("history-not-kept", "History not kept", 409);

	private LedgerProblems() {
	}
}
