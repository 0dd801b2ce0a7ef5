package dev.plaza.lending.domain;

import dev.plaza.lending.LoanId;
import dev.plaza.lending.LoanProductId;
import dev.plaza.lending.OfferId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * A lender's loan as stored: its terms and its balances, without its installments or repayments.
 *
 * @param status {@code active}, or {@code closed} once everything was paid
 * @param outstandingPrincipal lent and not yet repaid, in minor units
 * @param businessDate the last day the close of business ran for the loan (the disbursement day until then)
 */
public record Loan(LoanId id, OfferId offer, LoanProductId product, String borrowerName, String borrowerEmail,
		Currency currency, long principal, long originationFee, int annualRateBasisPoints, Amortization amortization,
		DayCount dayCount, RepaymentFrequency frequency, int termMonths, int graceMonths, long lateFee, ZoneId timeZone,
		LocalDate disbursedOn, String status, long outstandingPrincipal, long accruedInterest, int daysPastDue,
		String arrearsBucket, LocalDate businessDate, Instant createdAt, Instant closedAt) {

	public static final String CLOSED = "closed";

	public boolean closed() {
		return CLOSED.equals(status);
	}

	/** The lender's today for this loan. */
	public LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, timeZone);
	}

	/** The day installment {@code number}'s interest runs from: the previous due date, or the disbursement. */
	public LocalDate accruesFrom(int number) {
		return number <= 1 ? disbursedOn : frequency.dueDate(disbursedOn, number - 1);
	}

	public Prepayment prepayment(int firstPending) {
		return new Prepayment(annualRateBasisPoints, amortization, dayCount, frequency, accruesFrom(firstPending));
	}
}
