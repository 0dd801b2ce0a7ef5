package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a repayment is split. Each installment in turn, oldest first, takes the money for its fees,
 * then its interest, then its principal. A repayment pays the installments due by its date and the
 * next one ahead of time; what is left over is a prepayment of principal, which the borrower applies
 * to a shorter term or a lower installment.
 *
 * @param parts what each installment received, in the order paid
 * @param prepayment what is left for the principal after every installment that may be paid now
 */
public record Allocation(List<Part> parts, long prepayment) {

	public Allocation {
		parts = List.copyOf(parts);
	}

	/** What one installment received of the repayment. */
	public record Part(int installment, long fees, long interest, long principal) {

		public long total() {
			return fees + interest + principal;
		}
	}

	/**
	 * @param open the loan's open installments, oldest first
	 */
	public static Allocation of(long amount, LocalDate paidOn, List<OpenInstallment> open) {
		if (amount < 1) {
			throw new IllegalArgumentException("a repayment is at least one minor unit, not " + amount);
		}
		List<Part> parts = new ArrayList<>();
		long left = amount;
		boolean aheadTaken = false;
		for (OpenInstallment installment : open) {
			if (left == 0) {
				break;
			}
			if (installment.dueDate().isAfter(paidOn)) {
				if (aheadTaken) {
					break;
				}
				aheadTaken = true;
			}
			long fees = Math.min(left, installment.fees() - installment.paidFees());
			left -= fees;
			long interest = Math.min(left, installment.interest() - installment.paidInterest());
			left -= interest;
			long principal = Math.min(left, installment.principal() - installment.paidPrincipal());
			left -= principal;
			parts.add(new Part(installment.number(), fees, interest, principal));
		}
		return new Allocation(parts, left);
	}
}
