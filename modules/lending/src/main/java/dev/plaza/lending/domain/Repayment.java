package dev.plaza.lending.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Money a borrower paid on a loan and how it was applied, in minor units.
 *
 * @param reference the payer's, unique per loan: the same reference is the same repayment
 * @param allocation what each installment received
 * @param prepayment what went beyond the installments, to principal; {@code choice} says how it was applied
 */
public record Repayment(UUID id, String reference, long amount, Instant paidAt, List<Allocation.Part> allocation,
		long prepayment, PrepaymentChoice choice) {

	public Repayment {
		allocation = List.copyOf(allocation);
	}

	public long principal() {
		return allocation.stream().mapToLong(Allocation.Part::principal).sum() + prepayment;
	}

	public long interest() {
		return allocation.stream().mapToLong(Allocation.Part::interest).sum();
	}

	public long fees() {
		return allocation.stream().mapToLong(Allocation.Part::fees).sum();
	}
}
