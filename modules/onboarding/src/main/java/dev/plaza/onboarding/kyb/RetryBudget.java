package dev.plaza.onboarding.kyb;

/**
 * Keeps retries to a share of verifications: every verification deposits {@code ratio} of a token,
 * every retry withdraws a whole one, and the balance starts at, and never exceeds, the reserve. So
 * retries stay below {@code reserve + ratio × verifications} however badly the provider fails.
 */
final class RetryBudget {

	private final double ratio;

	private final double reserve;

	private double tokens;

	RetryBudget(KybProperties.RetryBudget settings) {
		this.ratio = settings.ratio();
		this.reserve = Math.max(1, settings.reserve());
		this.tokens = reserve;
	}

	synchronized void deposit() {
		tokens = Math.min(reserve, tokens + ratio);
	}

	/** Takes a token for one retry; false when none is left, and the retry must not happen. */
	synchronized boolean tryWithdraw() {
		if (tokens < 1) {
			return false;
		}
		tokens -= 1;
		return true;
	}
}
