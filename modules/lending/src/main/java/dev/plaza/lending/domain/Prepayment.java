package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a loan's pending installments after a prepayment of principal, as the borrower chose. Interest
 * of the rewritten installments is charged on the new, lower balance (a flat loan's interest is fixed at
 * the start and stays, except on installments that fall away).
 *
 * @param accruesFrom the date the first pending installment's interest runs from (the previous due date,
 *     or the disbursement)
 */
public record Prepayment(int annualRateBasisPoints, Amortization amortization, DayCount dayCount,
		RepaymentFrequency frequency, LocalDate accruesFrom) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	/**
	 * The pending installments that remain, oldest first: their principal adds up to theirs before less
	 * {@code prepayment}, none is negative.
	 *
	 * @param pending the loan's installments that received nothing yet, oldest first
	 * @param prepayment less than the principal they carry, so the loan stays open
	 */
	public List<PendingInstallment> apply(List<PendingInstallment> pending, long prepayment, PrepaymentChoice choice) {
		long owed = pending.stream().mapToLong(PendingInstallment::principal).sum();
		if (prepayment < 1 || prepayment >= owed) {
			throw new IllegalArgumentException(
					"a prepayment is at least a unit and less than the principal owed (" + owed + "), not " + prepayment);
		}
		long[] principal = switch (choice) {
			case SHORTER_TERM -> shorterTerm(pending, prepayment);
			case LOWER_INSTALLMENT -> lowerInstallment(pending, owed - prepayment);
		};
		List<PendingInstallment> rewritten = new ArrayList<>();
		long balance = owed - prepayment;
		LocalDate from = accruesFrom;
		for (int k = 0; k < pending.size(); k++) {
			PendingInstallment before = pending.get(k);
			boolean fallsAway = choice == PrepaymentChoice.SHORTER_TERM && before.principal() > 0 && principal[k] == 0;
			if (!fallsAway) {
				long interest = amortization == Amortization.FLAT ? before.interest() : interestOn(balance, from, before.dueDate());
				rewritten.add(new PendingInstallment(before.number(), before.dueDate(), principal[k], interest));
				balance -= principal[k];
			}
			from = before.dueDate();
		}
		return rewritten;
	}

	/** Takes the prepayment off the last installments' principal first. */
	private static long[] shorterTerm(List<PendingInstallment> pending, long prepayment) {
		long[] principal = pending.stream().mapToLong(PendingInstallment::principal).toArray();
		long left = prepayment;
		for (int k = principal.length - 1; k >= 0 && left > 0; k--) {
			long taken = Math.min(left, principal[k]);
			principal[k] -= taken;
			left -= taken;
		}
		return principal;
	}

	/**
	 * Spreads the new balance over the installments that repay principal (not those in a grace period):
	 * as an annuity over the remaining periods for a declining balance, in equal parts otherwise; the
	 * last one takes what rounding leaves.
	 */
	private long[] lowerInstallment(List<PendingInstallment> pending, long balance) {
		long[] principal = new long[pending.size()];
		int repaying = (int) pending.stream().filter(installment -> installment.principal() > 0).count();
		int last = lastRepaying(pending);
		long left = balance;
		long equalPart = balance / repaying;
		long annuity = annuity(balance, repaying);
		LocalDate from = accruesFrom;
		for (int k = 0; k < pending.size(); k++) {
			PendingInstallment installment = pending.get(k);
			if (installment.principal() > 0) {
				long part = k == last ? left : amortization == Amortization.DECLINING_BALANCE
						? Math.max(0, annuity - interestOn(left, from, installment.dueDate())) : equalPart;
				principal[k] = Math.min(left, part);
				left -= principal[k];
			}
			from = installment.dueDate();
		}
		return principal;
	}

	private static int lastRepaying(List<PendingInstallment> pending) {
		for (int k = pending.size() - 1; k >= 0; k--) {
			if (pending.get(k).principal() > 0) {
				return k;
			}
		}
		throw new IllegalArgumentException("no pending installment repays principal");
	}

	private long annuity(long balance, int periods) {
		BigDecimal i = rate().multiply(dayCount.nominalFraction(frequency), PRECISION);
		if (i.signum() == 0) {
			return balance / periods;
		}
		return round(BigDecimal.valueOf(balance)
			.multiply(i)
			.divide(BigDecimal.ONE.subtract(BigDecimal.ONE.add(i).pow(-periods, PRECISION)), PRECISION));
	}

	private long interestOn(long balance, LocalDate from, LocalDate to) {
		return round(BigDecimal.valueOf(balance).multiply(rate()).multiply(dayCount.yearFraction(frequency, from, to)));
	}

	private BigDecimal rate() {
		return BigDecimal.valueOf(annualRateBasisPoints, 4);
	}

	private static long round(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}
}
