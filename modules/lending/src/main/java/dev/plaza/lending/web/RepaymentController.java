package dev.plaza.lending.web;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.CardRepaymentProblems;
import dev.plaza.lending.application.CardRepayments;
import dev.plaza.lending.application.CardRepayments.Charged;
import dev.plaza.lending.application.LoanRepaying;
import dev.plaza.lending.application.LoanRepaying.Received;
import dev.plaza.lending.domain.PrepaymentChoice;
import dev.plaza.lending.web.CardRepaymentViews.CardRepaymentView;
import dev.plaza.lending.web.CardRepaymentViews.PendingCardRepaymentView;
import dev.plaza.lending.web.LoanViews.RepaymentView;
import dev.plaza.payments.PaymentMethod;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lender records what a borrower paid on a loan, or charges the borrower's card for it. */
@RestController
@RequestMapping("/api/v1/lending/loans/{id}/repayments")
class RepaymentController {

	/** Clocks of payers and Plaza differ a little; a payment from further ahead is a mistake. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final LoanRepaying repaying;

	private final CardRepayments cards;

	RepaymentController(LoanRepaying repaying, CardRepayments cards) {
		this.repaying = repaying;
		this.cards = cards;
	}

	/**
	 * Applies the repayment: fees, then interest, then principal, oldest installment first; what goes
	 * beyond the installments payable that day prepays principal as {@code prepayment} says. 201 with the
	 * repayment; 200 with the first one when its reference was sent before with the same amount. The
	 * payoff amount of the day closes the loan.
	 *
	 * <p>With {@code paymentMethod} instead of {@code paidAt} the borrower pays by card: the card is charged
	 * (once per reference, however often it is sent) and, once the payment succeeds, the repayment is applied
	 * as paid today; 202 while the processor has not decided, the repayment applied once it succeeds.
	 */
	// anyOf, not oneOf: a card repayment is a repayment with its payment, so it is both shapes at once.
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200", description = "The reference's earlier repayment, unchanged (with its card payment "
			+ "when paid by card)", content = @Content(schema = @Schema(anyOf = { RepaymentView.class,
					CardRepaymentView.class })))
	@ApiResponse(responseCode = "201", description = "The repayment, as it was applied (with its card payment when paid by "
			+ "card)", content = @Content(schema = @Schema(anyOf = { RepaymentView.class, CardRepaymentView.class })))
	@ApiResponse(responseCode = "202", description = "Paid by card, the payment pending at the processor: applied once it "
			+ "succeeds, never if it fails", content = @Content(schema = @Schema(implementation = PendingCardRepaymentView.class)))
	@ApiResponse(responseCode = "402", description = "The card was declined (type card-declined, with paymentId and "
			+ "failureCode): nothing charged, nothing applied")
	@ApiResponse(responseCode = "409", description = "The loan is closed (type loan-closed), or the reference names a "
			+ "repayment of another amount (type repayment-reference-reused)")
	@ApiResponse(responseCode = "422", description = "More than the payoff amount of the day (type repayment-exceeds-payoff, "
			+ "with payoff), paid before the disbursement (type date-before-disbursement), or both paidAt and paymentMethod "
			+ "(type paid-at-or-payment-method)")
	ResponseEntity<?> repay(@PathVariable UUID id, @RequestBody RepaymentRequest request) {
		PrepaymentChoice choice = request.validChoice();
		if (request.paymentMethod() != null) {
			Charged charged = cards.repay(new LoanId(id), request.amount(), request.reference(),
					new PaymentMethod(request.paymentMethod()), choice);
			if (charged.received() == null) {
				return ResponseEntity.accepted().body(PendingCardRepaymentView.of(charged));
			}
			return ResponseEntity.status(charged.created() ? 201 : 200).body(CardRepaymentView.of(charged));
		}
		Received received = repaying.repay(new LoanId(id), request.amount(), request.paidAt(), request.reference(), choice);
		return ResponseEntity.status(received.created() ? 201 : 200).body(RepaymentView.of(received.repayment()));
	}

	/**
	 * @param amount paid, in minor units of the loan's currency
	 * @param paidAt when the borrower paid, for a payment received another way (now when left out); leave it out with
	 *     {@code paymentMethod}
	 * @param paymentMethod the card processor's token for the borrower's card (such as {@code tok_...}) to charge now;
	 *     leave it out with {@code paidAt}
	 * @param reference the payer's, such as a bank transfer's id: sending it again does not pay twice
	 * @param prepayment how money beyond the installments payable now is applied: {@code shorter_term} (the default)
	 *     or {@code lower_installment}
	 */
	record RepaymentRequest(Long amount, @Schema(nullable = true) Instant paidAt,
			@Schema(nullable = true, example = "tok_approve") String paymentMethod, String reference,
			@Schema(nullable = true, allowableValues = { "shorter_term", "lower_installment" }) String prepayment) {

		PrepaymentChoice validChoice() {
			List<FieldError> errors = new ArrayList<>();
			if (amount == null || amount < 1) {
				errors.add(new FieldError("amount", "is required: at least 1 minor unit of the loan's currency"));
			}
			if (reference == null || reference.isBlank() || reference.length() > 200) {
				errors.add(new FieldError("reference", "is required: 1 to 200 characters identifying the payment, such as its bank reference"));
			}
			if (paidAt != null && paidAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
				errors.add(new FieldError("paidAt", "must not be in the future"));
			}
			PrepaymentChoice choice = prepayment == null ? PrepaymentChoice.SHORTER_TERM
					: PrepaymentChoice.of(prepayment).orElse(null);
			if (choice == null) {
				errors.add(new FieldError("prepayment", "must be shorter_term or lower_installment"));
			}
			Problem.refuseIfAny(errors);
			refuseUnlessOneWayToPay();
			return choice;
		}

		/**
		 * A repayment was either received another way (when: paidAt, now when left out) or is paid now by card
		 * (with what): never both.
		 */
		private void refuseUnlessOneWayToPay() {
			if (paidAt != null && paymentMethod != null) {
				throw Problem.invalidFields(CardRepaymentProblems.PAID_AT_OR_PAYMENT_METHOD, "Send either paidAt (when a "
						+ "payment received another way was paid) or paymentMethod (a card token to charge now), not both.",
						List.of(new FieldError("paidAt", "leave it out when paying by card"),
								new FieldError("paymentMethod", "leave it out for a payment received another way")));
			}
			if (paymentMethod != null && !PaymentMethod.isWellFormed(paymentMethod)) {
				Problem.refuseIfAny(List.of(new FieldError("paymentMethod",
						"must be the processor's card token: 1 to 255 letters, digits or underscores, such as tok_approve")));
			}
		}
	}
}
