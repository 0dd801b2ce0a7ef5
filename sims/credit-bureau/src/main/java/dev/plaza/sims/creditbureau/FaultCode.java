package dev.plaza.sims.creditbureau;

/** The codes of a {@code BureauFault}: whose fault it is (Client or Server) and whether asking again may help. */
enum FaultCode {

	INVALID_REQUEST(true, false),
	SUBJECT_NOT_VERIFIABLE(true, false),
	REQUEST_ID_REUSED(true, false),
	TEMPORARILY_UNAVAILABLE(false, true),
	/** The caller's subscription to the bureau is suspended: the bureau's side, yet no retry helps. */
	SUBSCRIBER_SUSPENDED(false, false);

	private final boolean clientFault;

	private final boolean retryable;

	FaultCode(boolean clientFault, boolean retryable) {
		this.clientFault = clientFault;
		this.retryable = retryable;
	}

	/** A Client fault: the request as it stands cannot be answered. */
	boolean clientFault() {
		return clientFault;
	}

	/** Whether the same request may succeed when sent again later. */
	boolean retryable() {
		return retryable;
	}
}
