package dev.plaza.lending.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a repayment does to a loan's open installments, decided in memory before anything is written.
 * The payoff amount of the day closes the loan (interest not yet earned is not charged); less is
 * allocated fees → interest → principal, oldest first, and what goes beyond the installments payable
 * now prepays principal as the borrower chose.
 *
 * @param changed the installments to write back, with what they received (and, after a prepayment, their new amounts)
 * @param dropped the installments a shorter term paid off ahead of time
 * @param parts what each installment received
 * @param prepayment principal paid beyond the installments
 * @param daysPastDue of the oldest installment still unpaid, on the loan's business date
 */
public record LoanRepayment(List<LoanInstallment> changed, List<Integer> dropped, List<Allocation.Part> parts,
		long prepayment, long outstandingPrincipal, int daysPastDue, boolean closed) {

	public LoanRepayment {
		changed = List.copyOf(changed);
		dropped = List.copyOf(dropped);
		parts = List.copyOf(parts);
	}

	/** What closes the loan on {@code date}. */
	public static Payoff payoff(Loan loan, List<LoanInstallment> open, LocalDate date) {
		return Payoff.on(date, open.stream().map(LoanInstallment::open).toList(),
				loan.accruesFrom(open.isEmpty() ? 1 : open.getFirst().number()), loan.dayCount());
	}

	/**
	 * @param open the loan's open installments, oldest first
	 * @param amount at most the payoff amount of {@code paidOn}
	 */
	public static LoanRepayment of(Loan loan, List<LoanInstallment> open, long amount, LocalDate paidOn,
			PrepaymentChoice choice) {
		Payoff payoff = payoff(loan, open, paidOn);
		if (amount < 1 || amount > payoff.amount()) {
			throw new IllegalArgumentException("a repayment is between 1 and the payoff " + payoff.amount() + ", not " + amount);
		}
		return amount == payoff.amount() ? paidOff(open, payoff, paidOn) : allocated(loan, open, amount, paidOn, choice);
	}

	/** Every open installment paid in full, its interest cut to what accrued. */
	private static LoanRepayment paidOff(List<LoanInstallment> open, Payoff payoff, LocalDate paidOn) {
		Map<Integer, Allocation.Part> byNumber = payoff.parts().stream()
			.collect(Collectors.toMap(Allocation.Part::installment, part -> part));
		List<LoanInstallment> changed = open.stream().map(installment -> {
			long interest = installment.paidInterest() + byNumber.get(installment.number()).interest();
			return new LoanInstallment(installment.number(), installment.dueDate(), installment.principal(), interest,
					installment.fees(), installment.principal(), interest, installment.fees(), LoanInstallment.PAID, paidOn);
		}).toList();
		List<Allocation.Part> parts = payoff.parts().stream().filter(part -> part.total() > 0).toList();
		return new LoanRepayment(changed, List.of(), parts, 0, 0, 0, true);
	}

	private static LoanRepayment allocated(Loan loan, List<LoanInstallment> open, long amount, LocalDate paidOn,
			PrepaymentChoice choice) {
		Allocation allocation = Allocation.of(amount, paidOn, open.stream().map(LoanInstallment::open).toList());
		Map<Integer, LoanInstallment> after = new HashMap<>();
		open.forEach(installment -> after.put(installment.number(), installment));
		List<LoanInstallment> changed = new ArrayList<>();
		for (Allocation.Part part : allocation.parts()) {
			LoanInstallment paid = receive(after.get(part.installment()), part, paidOn);
			after.put(paid.number(), paid);
			changed.add(paid);
		}
		List<Integer> dropped = new ArrayList<>();
		if (allocation.prepayment() > 0) {
			int lastPaid = allocation.parts().getLast().installment();
			List<PendingInstallment> pending = open.stream()
				.filter(installment -> installment.number() > lastPaid)
				.map(installment -> new PendingInstallment(installment.number(), installment.dueDate(), installment.principal(),
						installment.interest()))
				.toList();
			List<PendingInstallment> rewritten = loan.prepayment(pending.getFirst().number())
				.apply(pending, allocation.prepayment(), choice);
			Set<Integer> kept = rewritten.stream().map(PendingInstallment::number).collect(Collectors.toSet());
			pending.stream().map(PendingInstallment::number).filter(number -> !kept.contains(number)).forEach(number -> {
				dropped.add(number);
				after.remove(number);
			});
			for (PendingInstallment installment : rewritten) {
				LoanInstallment rewrittenOne = new LoanInstallment(installment.number(), installment.dueDate(),
						installment.principal(), installment.interest(), 0, 0, 0, 0, LoanInstallment.PENDING, null);
				after.put(installment.number(), rewrittenOne);
				changed.add(rewrittenOne);
			}
		}
		long principalPaid = allocation.parts().stream().mapToLong(Allocation.Part::principal).sum() + allocation.prepayment();
		List<LoanInstallment> stillOpen = after.values()
			.stream()
			.filter(installment -> !installment.status().equals(LoanInstallment.PAID))
			.toList();
		int daysPastDue = stillOpen.stream()
			.mapToInt(installment -> installment.open().daysPastDue(loan.businessDate()))
			.max()
			.orElse(0);
		return new LoanRepayment(changed, dropped, allocation.parts(), allocation.prepayment(),
				loan.outstandingPrincipal() - principalPaid, daysPastDue, stillOpen.isEmpty());
	}

	private static LoanInstallment receive(LoanInstallment installment, Allocation.Part part, LocalDate paidOn) {
		long paidPrincipal = installment.paidPrincipal() + part.principal();
		long paidInterest = installment.paidInterest() + part.interest();
		long paidFees = installment.paidFees() + part.fees();
		boolean full = paidPrincipal == installment.principal() && paidInterest == installment.interest()
				&& paidFees == installment.fees();
		return new LoanInstallment(installment.number(), installment.dueDate(), installment.principal(), installment.interest(),
				installment.fees(), paidPrincipal, paidInterest, paidFees, full ? LoanInstallment.PAID : installment.status(),
				full ? paidOn : installment.paidOn());
	}
}
