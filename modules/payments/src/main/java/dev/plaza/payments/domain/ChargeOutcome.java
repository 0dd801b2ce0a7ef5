package dev.plaza.payments.domain;

/** What Plaza learned from the processor about a charge: its answer, a webhook, or a look-up. */
public sealed interface ChargeOutcome {

	/** The customer was charged. */
	record Succeeded(String chargeId) implements ChargeOutcome {
	}

	/** The processor refused the charge, for {@code code}; nothing was charged. */
	record Failed(String chargeId, String code) implements ChargeOutcome {
	}

	/** The processor accepted the charge but decides later. */
	record Pending(String chargeId) implements ChargeOutcome {
	}

	/** No answer within the budget, or the processor is down: the charge may or may not exist. */
	record Unanswered(String reason) implements ChargeOutcome {
	}
}
