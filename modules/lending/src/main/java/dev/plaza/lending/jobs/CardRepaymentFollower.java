package dev.plaza.lending.jobs;

import dev.plaza.lending.application.CardRepayments;
import dev.plaza.payments.PaymentSucceeded;
import dev.plaza.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Applies a card repayment whose payment the processor settled after the request was answered (pending
 * then): once per payment, however often the success is told. A failed payment applies nothing, so it
 * needs no listener: the repayment simply never happens.
 *
 * <p>No transaction around the listener: one begun before the tenant is restored from the event would be
 * bound to no tenant. Each step opens its own.
 */
@Component
class CardRepaymentFollower {

	private final CardRepayments repayments;

	CardRepaymentFollower(CardRepayments repayments) {
		this.repayments = repayments;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentSucceeded event) {
		TenantContext.runAs(event.tenant(),
				() -> repayments.succeeded(event.paymentId(), event.amount(), event.succeededAt()));
	}
}
