package dev.plaza.lending.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What closes a loan on a date: the principal still owed, what is unpaid of installments due by then
 * (fees and interest), and the interest the running period earned up to that date. Interest of later
 * periods is not owed: paying the loan off early saves it.
 *
 * @param parts what each open installment takes of the payoff (its interest cut to what accrued)
 */
public record Payoff(LocalDate date, long amount, List<Allocation.Part> parts) {

	public Payoff {
		parts = List.copyOf(parts);
	}

	/**
	 * @param open the loan's open installments, oldest first
	 * @param accruesFrom the day the first open installment's interest runs from (the previous due
	 *     date, or the disbursement)
	 */
	public static Payoff on(LocalDate date, List<OpenInstallment> open, LocalDate accruesFrom, DayCount dayCount) {
		List<Allocation.Part> parts = new ArrayList<>();
		LocalDate from = accruesFrom;
		boolean running = true;
		for (OpenInstallment installment : open) {
			long unpaidInterest = installment.interest() - installment.paidInterest();
			long interest;
			if (!installment.dueDate().isAfter(date)) {
				interest = unpaidInterest;
			}
			else if (running) {
				long accrued = accrued(installment.interest(), from, date, installment.dueDate(), dayCount);
				interest = Math.max(0, Math.min(unpaidInterest, accrued - installment.paidInterest()));
				running = false;
			}
			else {
				interest = 0;
			}
			parts.add(new Allocation.Part(installment.number(), installment.fees() - installment.paidFees(), interest,
					installment.principal() - installment.paidPrincipal()));
			from = installment.dueDate();
		}
		return new Payoff(date, parts.stream().mapToLong(Allocation.Part::total).sum(), parts);
	}

	/** The share of the period's interest earned by {@code date}, counting days as the loan does. */
	private static long accrued(long interest, LocalDate from, LocalDate date, LocalDate due, DayCount dayCount) {
		if (!date.isAfter(from)) {
			return 0;
		}
		long elapsed = days(from, date, dayCount);
		long period = days(from, due, dayCount);
		if (period <= 0) {
			return interest;
		}
		return BigDecimal.valueOf(interest)
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(period), MathContext.DECIMAL64)
			.setScale(0, RoundingMode.HALF_EVEN)
			.longValueExact();
	}

	/** Days between two dates: actual ones, or 30 to every month (the 30/360 European convention). */
	static long days(LocalDate from, LocalDate to, DayCount dayCount) {
		return switch (dayCount) {
			case ACTUAL_365 -> ChronoUnit.DAYS.between(from, to);
			case THIRTY_360 -> 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue())
					+ Math.min(to.getDayOfMonth(), 30) - Math.min(from.getDayOfMonth(), 30);
		};
	}
}
