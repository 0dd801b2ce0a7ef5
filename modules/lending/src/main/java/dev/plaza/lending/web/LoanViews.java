package dev.plaza.lending.web;

import dev.plaza.lending.application.LoanReads.LoanDetails;
import dev.plaza.lending.domain.Allocation;
import dev.plaza.lending.domain.Loan;
import dev.plaza.lending.domain.LoanInstallment;
import dev.plaza.lending.domain.Repayment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Loans and repayments as the API shows them; amounts in minor units of the loan's currency. */
final class LoanViews {

	private LoanViews() {
	}

	/**
	 * @param outstandingPrincipal lent and not yet repaid
	 * @param daysPastDue of the oldest unpaid installment, as the last close of business found it
	 * @param arrearsBucket {@code current}, {@code 1-30}, {@code 31-60}, {@code 61-90} or {@code 90+}
	 */
	record LoanView(UUID id, @Schema(allowableValues = { "active", "closed" }) String status, String currency,
			long principal, long originationFee, long outstandingPrincipal, int annualRateBasisPoints, int termMonths,
			String repaymentFrequency, LocalDate disbursedOn, int daysPastDue, String arrearsBucket,
			List<InstallmentView> schedule, List<RepaymentView> repayments) {

		static LoanView of(LoanDetails details) {
			Loan loan = details.loan();
			return new LoanView(loan.id().value(), loan.status(), loan.currency().getCurrencyCode(), loan.principal(),
					loan.originationFee(), loan.outstandingPrincipal(), loan.annualRateBasisPoints(), loan.termMonths(),
					loan.frequency().code(), loan.disbursedOn(), loan.daysPastDue(), loan.arrearsBucket(),
					details.schedule().stream().map(InstallmentView::of).toList(),
					details.repayments().stream().map(RepaymentView::of).toList());
		}
	}

	/**
	 * @param paid what the installment received so far
	 * @param status {@code pending} until its due date, then {@code due}, {@code overdue} once past it unpaid, or {@code paid}
	 */
	record InstallmentView(int number, LocalDate dueDate, long principal, long interest, long fees, long total, long paid,
			@Schema(allowableValues = { "pending", "due", "overdue", "paid" }) String status) {

		static InstallmentView of(LoanInstallment installment) {
			return new InstallmentView(installment.number(), installment.dueDate(), installment.principal(),
					installment.interest(), installment.fees(), installment.total(), installment.paid(), installment.status());
		}
	}

	/**
	 * @param prepayment what went beyond the installments payable on the day, to principal
	 * @param prepaymentChoice how that prepayment was applied; null when there was none
	 * @param allocation what each installment received, oldest first
	 */
	record RepaymentView(UUID id, String reference, long amount, Instant paidAt, long prepayment,
			@Schema(nullable = true, allowableValues = { "shorter_term", "lower_installment" }) String prepaymentChoice,
			List<AllocationView> allocation) {

		static RepaymentView of(Repayment repayment) {
			return new RepaymentView(repayment.id(), repayment.reference(), repayment.amount(), repayment.paidAt(),
					repayment.prepayment(), repayment.choice() == null ? null : repayment.choice().code(),
					repayment.allocation().stream().map(AllocationView::of).toList());
		}
	}

	/** What one installment received of a repayment, paid in this order: fees, interest, principal. */
	record AllocationView(int installment, long fees, long interest, long principal) {

		static AllocationView of(Allocation.Part part) {
			return new AllocationView(part.installment(), part.fees(), part.interest(), part.principal());
		}
	}

	/** A loan in a listing, without its schedule and repayments (read those per loan). */
	record LoanSummary(UUID id, @Schema(allowableValues = { "active", "closed" }) String status, String currency,
			long principal, long outstandingPrincipal, LocalDate disbursedOn, int daysPastDue, String arrearsBucket) {

		static LoanSummary of(Loan loan) {
			return new LoanSummary(loan.id().value(), loan.status(), loan.currency().getCurrencyCode(), loan.principal(),
					loan.outstandingPrincipal(), loan.disbursedOn(), loan.daysPastDue(), loan.arrearsBucket());
		}
	}

	/** @param nextCursor pass it as {@code cursor} for the next page; null on the last one */
	record LoanPage(List<LoanSummary> items, @Schema(nullable = true) String nextCursor) {
	}

	/** @param amount what closes the loan on {@code date}: principal, unpaid due interest and fees, interest accrued */
	record PayoffView(LocalDate date, long amount) {
	}
}
