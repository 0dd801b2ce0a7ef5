package dev.plaza.ledger.domain;

/** The ledger's named rules, each answering the result that refuses a transfer, or null. */
final class Rules {

	private Rules() {
	}

	/** Rules that need nothing but the request itself. */
	static TransferResult checkShape(Transfer request) {
		boolean pending = request.has(TransferFlag.PENDING);
		boolean post = request.has(TransferFlag.POST_PENDING);
		boolean voiding = request.has(TransferFlag.VOID_PENDING);
		if ((pending ? 1 : 0) + (post ? 1 : 0) + (voiding ? 1 : 0) > 1) {
			return TransferResult.FLAGS_ARE_MUTUALLY_EXCLUSIVE;
		}
		if (request.resolvesPending()) {
			if (request.pendingId() == null) {
				return TransferResult.PENDING_ID_REQUIRED;
			}
			if (request.amount() < 0) {
				return TransferResult.AMOUNT_MUST_BE_POSITIVE;
			}
		}
		else {
			if (request.pendingId() != null) {
				return TransferResult.PENDING_ID_MUST_BE_ZERO;
			}
			if (request.debitAccount() == null || request.creditAccount() == null || request.currency() == null) {
				return TransferResult.ACCOUNT_NOT_FOUND;
			}
			if (request.debitAccount().equals(request.creditAccount())) {
				return TransferResult.ACCOUNTS_MUST_BE_DIFFERENT;
			}
			if (request.amount() <= 0) {
				return TransferResult.AMOUNT_MUST_BE_POSITIVE;
			}
			if (request.code() <= 0) {
				return TransferResult.CODE_MUST_NOT_BE_ZERO;
			}
		}
		if (request.timeoutSeconds() != 0 && !pending) {
			return TransferResult.TIMEOUT_RESERVED_FOR_PENDING_TRANSFER;
		}
		return null;
	}

	/** NoOverdraft and its mirror, checked on the balances a transfer would leave. */
	static TransferResult checkLimits(Account debit, Balances debitAfter, Account credit, Balances creditAfter) {
		if (debit.has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)
				&& saturatedSum(debitAfter.debitsPosted(), debitAfter.debitsPending()) > debitAfter.creditsPosted()) {
			return TransferResult.EXCEEDS_CREDITS;
		}
		if (credit.has(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)
				&& saturatedSum(creditAfter.creditsPosted(), creditAfter.creditsPending()) > creditAfter.debitsPosted()) {
			return TransferResult.EXCEEDS_DEBITS;
		}
		return null;
	}

	/**
	 * BalancesStayRepresentable, as TigerBeetle checks it: a transfer is refused up front when it would
	 * take an account's pending balance, or its pending and posted balances together, past
	 * {@link Long#MAX_VALUE}. Checking the sum keeps every accepted pending transfer postable later.
	 */
	static TransferResult checkOverflow(Balances debit, Balances credit, long amount, boolean pending) {
		if (pending && overflows(debit.debitsPending(), amount)) {
			return TransferResult.OVERFLOWS_DEBITS_PENDING;
		}
		if (pending && overflows(credit.creditsPending(), amount)) {
			return TransferResult.OVERFLOWS_CREDITS_PENDING;
		}
		if (overflows(saturatedSum(debit.debitsPending(), debit.debitsPosted()), amount)) {
			return TransferResult.OVERFLOWS_DEBITS;
		}
		if (overflows(saturatedSum(credit.creditsPending(), credit.creditsPosted()), amount)) {
			return TransferResult.OVERFLOWS_CREDITS;
		}
		return null;
	}

	/** Balances and amounts are never negative here, so this is exact. */
	private static boolean overflows(long balance, long amount) {
		return amount > Long.MAX_VALUE - balance;
	}

	private static long saturatedSum(long a, long b) {
		long sum = a + b;
		return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
	}
}
