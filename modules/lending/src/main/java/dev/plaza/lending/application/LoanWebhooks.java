package dev.plaza.lending.application;

import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.Repayment;
import dev.plaza.notifications.WebhookEvent;
import dev.plaza.notifications.Webhooks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the lender's webhook endpoints what happened to its loans, once per happening. */
@Component
class LoanWebhooks {

	static final String DISBURSED = "loan.disbursed";

	static final String REPAYMENT_RECEIVED = "loan.repayment_received";

	static final String CLOSED = "loan.closed";

	private final Webhooks webhooks;

	LoanWebhooks(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	void disbursed(Loan loan) {
		webhooks.publish(new WebhookEvent(DISBURSED, DISBURSED + "/" + loan.id(), new Disbursed(loan.id().value(),
				loan.currency().getCurrencyCode(), loan.principal(), loan.originationFee(), loan.disbursedOn())));
	}

	void repaymentReceived(Loan loan, Repayment repayment, long outstandingPrincipal) {
		webhooks.publish(new WebhookEvent(REPAYMENT_RECEIVED, REPAYMENT_RECEIVED + "/" + repayment.id(),
				new RepaymentReceived(loan.id().value(), repayment.id(), repayment.reference(), loan.currency().getCurrencyCode(),
						repayment.amount(), repayment.paidAt(), outstandingPrincipal)));
	}

	void closed(Loan loan) {
		webhooks.publish(new WebhookEvent(CLOSED, CLOSED + "/" + loan.id(), new Closed(loan.id().value())));
	}

	record Disbursed(UUID loanId, String currency, long principal, long originationFee, LocalDate disbursedOn) {
	}

	record RepaymentReceived(UUID loanId, UUID repaymentId, String reference, String currency, long amount,
			Instant paidAt, long outstandingPrincipal) {
	}

	record Closed(UUID loanId) {
	}
}
