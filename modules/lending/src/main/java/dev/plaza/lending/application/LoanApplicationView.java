package dev.plaza.lending.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application as its applicant follows it. {@code status}: {@code submitted} (lenders deciding),
 * {@code offered}, {@code declined} (every lender declined, or none has a product that fits: {@code reasons}
 * says which), {@code accepted}, {@code withdrawn}. The applicant's personal data is not echoed back, only
 * what recognises it. Amounts in minor units of {@code currency}.
 *
 * @param decisions one per lender the application went to, with the lender's decision so far
 * @param reasons why the application was declined before any lender decided; empty otherwise
 * @param loanId the loan opened from the accepted offer, once there is one
 */
public record LoanApplicationView(UUID id, String status, String channel, String country, String currency, long amount,
		int termMonths, String purpose, ApplicantSummary applicant, Instant submittedAt, List<Decision> decisions,
		List<String> reasons, @Schema(nullable = true) UUID loanId) {

	/** Who applied: enough to recognise the application, no more. */
	public record ApplicantSummary(String name, String email) {
	}

	/**
	 * One lender's decision: {@code received} (deciding), {@code approved}, {@code declined},
	 * {@code manual_review}, {@code withdrawn} or {@code accepted}; {@code reasons} an applicant can be told.
	 *
	 * @param lender the lender's tenant id
	 */
	public record Decision(UUID lender, String lenderName, String status, List<String> reasons) {
	}
}
