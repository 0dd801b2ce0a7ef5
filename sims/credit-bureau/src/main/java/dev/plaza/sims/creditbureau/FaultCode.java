package dev.plaza.sims.creditbureau;

/** The codes of a {@code BureauFault}, and whether the fault is the caller's (Client) or the bureau's (Server). */
enum FaultCode {

	INVALID_REQUEST(false), SUBJECT_NOT_VERIFIABLE(false), REQUEST_ID_REUSED(false), TEMPORARILY_UNAVAILABLE(true);

	private final boolean retryable;

	FaultCode(boolean retryable) {
		this.retryable = retryable;
	}

	/** Server faults may succeed when sent again; Client faults never. */
	boolean retryable() {
		return retryable;
	}
}
