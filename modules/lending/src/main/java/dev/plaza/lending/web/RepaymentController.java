package dev.plaza.lending.web;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.application.LoanRepaying;
import dev.plaza.lending.application.LoanRepaying.Received;
import dev.plaza.lending.domain.PrepaymentChoice;
import dev.plaza.lending.web.LoanViews.RepaymentView;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
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

/** A lender records what a borrower paid on a loan. */
@RestController
@RequestMapping("/api/v1/lending/loans/{id}/repayments")
class RepaymentController {

	/** Clocks of payers and Plaza differ a little; a payment from further ahead is a mistake. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final LoanRepaying repaying;

	RepaymentController(LoanRepaying repaying) {
		this.repaying = repaying;
	}

	/**
	 * Applies the repayment: fees, then interest, then principal, oldest installment first; what goes
	 * beyond the installments payable that day prepays principal as {@code prepayment} says. 201 with the
	 * repayment; 200 with the first one when its reference was sent before with the same amount. The
	 * payoff amount of the day closes the loan.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_lending:write')")
	@ApiResponse(responseCode = "200", description = "The reference's earlier repayment, unchanged")
	@ApiResponse(responseCode = "201", description = "The repayment, as it was applied")
	@ApiResponse(responseCode = "409", description = "The loan is closed (type loan-closed), or the reference names a "
			+ "repayment of another amount (type repayment-reference-reused)")
	@ApiResponse(responseCode = "422", description = "More than the payoff amount of the day (type repayment-exceeds-payoff, "
			+ "with payoff), or paid before the disbursement (type date-before-disbursement)")
	ResponseEntity<RepaymentView> repay(@PathVariable UUID id, @RequestBody RepaymentRequest request) {
		PrepaymentChoice choice = request.validChoice();
		Received received = repaying.repay(new LoanId(id), request.amount(),
				request.paidAt() == null ? Instant.now() : request.paidAt(), request.reference(), choice);
		return ResponseEntity.status(received.created() ? 201 : 200).body(RepaymentView.of(received.repayment()));
	}

	/**
	 * @param amount paid, in minor units of the loan's currency
	 * @param paidAt when the borrower paid; now when left out
	 * @param reference the payer's, such as a bank transfer's id: sending it again does not pay twice
	 * @param prepayment how money beyond the installments payable now is applied: {@code shorter_term} (the default)
	 *     or {@code lower_installment}
	 */
	record RepaymentRequest(Long amount, @Schema(nullable = true) Instant paidAt, String reference,
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
			return choice;
		}
	}
}
