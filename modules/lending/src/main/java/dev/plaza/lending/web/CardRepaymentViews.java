package dev.plaza.lending.web;

import dev.plaza.lending.application.CardRepayments.Charged;
import dev.plaza.lending.domain.Repayment;
import dev.plaza.lending.web.LoanViews.AllocationView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How a card repayment is answered. */
final class CardRepaymentViews {

	private CardRepaymentViews() {
	}

	/**
	 * A repayment paid by card and applied: the repayment as a recorded one is answered, with its payment.
	 *
	 * @param paidAt when the card was charged
	 * @param paymentId the payment intent charged (read it under {@code /api/v1/payments/{id}})
	 * @param paymentStatus {@code succeeded}
	 */
	record CardRepaymentView(UUID id, String reference, long amount, Instant paidAt, long prepayment,
			@Schema(nullable = true, allowableValues = { "shorter_term", "lower_installment" }) String prepaymentChoice,
			List<AllocationView> allocation, UUID paymentId,
			@Schema(allowableValues = { "succeeded" }) String paymentStatus) {

		static CardRepaymentView of(Charged charged) {
			Repayment repayment = charged.received().repayment();
			return new CardRepaymentView(repayment.id(), repayment.reference(), repayment.amount(), repayment.paidAt(),
					repayment.prepayment(), repayment.choice() == null ? null : repayment.choice().code(),
					repayment.allocation().stream().map(AllocationView::of).toList(), charged.payment().id().value(),
					charged.payment().status().code());
		}
	}

	/**
	 * A card repayment whose payment the processor has not settled yet: nothing is applied to the loan until
	 * it succeeds, then once (it shows in the loan's {@code repayments}); if it fails, never.
	 *
	 * @param paymentStatus {@code pending} (or {@code processing}) while the processor decides
	 */
	record PendingCardRepaymentView(String reference, long amount, UUID paymentId,
			@Schema(allowableValues = { "requires_payment", "processing", "pending" }) String paymentStatus) {

		static PendingCardRepaymentView of(Charged charged) {
			return new PendingCardRepaymentView(charged.payment().reference().value(), charged.payment().amount().amount(),
					charged.payment().id().value(), charged.payment().status().code());
		}
	}
}
